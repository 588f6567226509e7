#ifndef RHETORIC_CSYSTEM_H
#define RHETORIC_CSYSTEM_H

/*
 * The Linux and glibc calls rhetoric needs that Swift's Glibc module does not expose.
 */

/**
 * Swaps two existing paths in one step with renameat2(RENAME_EXCHANGE), so a folder of reports is
 * replaced without a moment in which it is missing. Returns 0, or the errno of the failure:
 * EINVAL, ENOSYS or EOPNOTSUPP where the filesystem or kernel cannot exchange.
 */
int rx_exchange_paths(const char *first, const char *second);

/**
 * Returns the allocator's free memory to the system (glibc's malloc_trim): memory freed in many
 * small blocks otherwise stays with the process, and large buffers allocated later do not reuse it.
 */
void rx_release_free_memory(void);

/**
 * Writes `value` as C's "%.5e" into `buffer` (at most `size` bytes with the terminating zero) and
 * returns the length snprintf gives: Swift reaches vsnprintf only through a va_list it allocates
 * for each call, which costs more than the formatting.
 */
int rx_format_scientific(double value, char *buffer, int size);

#endif
