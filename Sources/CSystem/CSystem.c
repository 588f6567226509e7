#define _GNU_SOURCE
#include "CSystem.h"

#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

int rx_exchange_paths(const char *first, const char *second) {
#ifdef SYS_renameat2
    if (syscall(SYS_renameat2, AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE) == 0) return 0;
    return errno;
#else
    (void)first;
    (void)second;
    return ENOSYS;
#endif
}

void rx_release_free_memory(void) {
    malloc_trim(0);
}

int rx_format_scientific(double value, char *buffer, int size) {
    return snprintf(buffer, (size_t)size, "%.5e", value);
}
