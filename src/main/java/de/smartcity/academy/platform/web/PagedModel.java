package de.smartcity.academy.platform.web;

import de.smartcity.academy.platform.paging.Page;
import jakarta.faces.context.FacesContext;
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
    private int lastFirst;
    private int lastSize = Page.DEFAULT_SIZE;
    /** The page fetched in the current request: PrimeFaces asks for the count, then for the rows. */
    private transient Page<T> fetched;
    private transient Object fetchedIn;
    private transient int fetchedFirst;

    public PagedModel(Loader<T> loader) {
        this.loader = loader;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) fetch(lastFirst, lastSize).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<T> page = fetch(first, pageSize);
        setRowCount((int) page.total());
        return page.items();
    }

    /**
     * Loads the first page now (in an action, before rendering), so values derived from the load —
     * totals above the table — are current; the table's render then reuses that page.
     */
    public void restart() {
        fetched = null;
        fetch(0, lastSize);
    }

    private Page<T> fetch(int first, int pageSize) {
        Object request = FacesContext.getCurrentInstance();
        if (fetched == null || fetchedIn != request || fetchedFirst != first || fetched.size() != pageSize) {
            fetched = loader.apply(first / pageSize, pageSize);
            fetchedIn = request;
            fetchedFirst = first;
        }
        lastFirst = first;
        lastSize = pageSize;
        return fetched;
    }
}
