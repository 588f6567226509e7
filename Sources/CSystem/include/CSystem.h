#ifndef RHETORIC_CSYSTEM_H
#define RHETORIC_CSYSTEM_H

/*
 * The Linux system calls rhetoric needs that Swift's Glibc module does not expose.
 */

/**
 * Swaps two existing paths in one step with renameat2(RENAME_EXCHANGE), so a folder of reports is
 * replaced without a moment in which it is missing. Returns 0, or the errno of the failure:
 * EINVAL, ENOSYS or EOPNOTSUPP where the filesystem or kernel cannot exchange.
 */
int rx_exchange_paths(const char *first, const char *second);

#endif
