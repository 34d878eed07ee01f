package de.smartcity.academy.platform.paging;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * One page of a longer list. Every list the academy serves is paged: at national scale no list
 * fits in memory.
 *
 * @param page zero-based page number
 */
public record Page<T>(List<T> items, int page, int size, long total) implements java.io.Serializable {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;

    /**
     * A page whose total is counted only when the items do not tell it: a first page that is not full
     * holds everything, which is the usual case for a person's own lists (and saves a COUNT per view).
     */
    public static <T> Page<T> of(List<T> items, int page, int size, LongSupplier total) {
        boolean complete = page == 0 && items.size() < size;
        return new Page<>(items, page, size, complete ? items.size() : total.getAsLong());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** Clamps user-supplied paging values to sane bounds. */
    public static int size(Integer requested) {
        return requested == null || requested < 1 ? DEFAULT_SIZE : Math.min(requested, MAX_SIZE);
    }

    public static int number(Integer requested) {
        return requested == null || requested < 0 ? 0 : requested;
    }
}
