package de.smartcity.academy.platform.web;

import de.smartcity.academy.platform.paging.Page;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table backed by a paged boundary query: only the visible page is loaded.
 *
 * @param <T> the row type (a record with an {@code id} in {@link #getRowKey})
 */
public class PagedModel<T> extends LazyDataModel<T> {

    /** Loads one page: (page number, page size) → page. Must be serializable with the view. */
    public interface Loader<T> extends BiFunction<Integer, Integer, Page<T>>, java.io.Serializable {}

    private final Loader<T> loader;

    public PagedModel(Loader<T> loader) {
        this.loader = loader;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) loader.apply(0, 1).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<T> page = loader.apply(first / pageSize, pageSize);
        setRowCount((int) page.total());
        return page.items();
    }
}
