#ifndef RHETORIC_CXLSX_H
#define RHETORIC_CXLSX_H

#include <stddef.h>

/*
 * libxlsxwriter (Debian's libxlsxwriter-dev) behind opaque handles: a workbook written row by row
 * (constant-memory mode, so a large table does not sit in memory twice), with a bold header row
 * frozen under an autofilter. The document's creation time is fixed, so the same tables give the
 * same bytes. Sheets are added one by one; in constant-memory mode each then writes its rows to its
 * own temporary file, so different sheets may be filled from different threads at once.
 */
typedef struct rx_xlsx rx_xlsx;
typedef struct rx_xlsx_sheet rx_xlsx_sheet;

/** Starts a workbook at `path`, its temporary files in `tmpdir`; NULL on failure. */
rx_xlsx *rx_xlsx_open(const char *path, const char *tmpdir);

/** Adds a worksheet (a name of at most 31 characters, none of []:*?/\); NULL on failure. */
rx_xlsx_sheet *rx_xlsx_add_sheet(rx_xlsx *book, const char *name);

/** Cells; rows and columns from 0. Each returns 0 or libxlsxwriter's error number. */
int rx_xlsx_header(rx_xlsx *book, rx_xlsx_sheet *sheet, unsigned row, unsigned column, const char *text);
int rx_xlsx_string(rx_xlsx_sheet *sheet, unsigned row, unsigned column, const char *text);
int rx_xlsx_number(rx_xlsx_sheet *sheet, unsigned row, unsigned column, double value);

/** Freezes the first row and puts an autofilter over `columns` columns and `rows` data rows. */
int rx_xlsx_freeze_header(rx_xlsx_sheet *sheet, unsigned rows, unsigned columns);

/** Sets a column's width in characters. */
int rx_xlsx_width(rx_xlsx_sheet *sheet, unsigned column, double width);

/** Writes and closes the workbook (the handle is freed either way); 0 or the error number. */
int rx_xlsx_close(rx_xlsx *book);

/** libxlsxwriter's description of an error number. */
const char *rx_xlsx_error(int error);

/** The largest row number a sheet holds (rows from 0). */
unsigned rx_xlsx_max_row(void);

#endif
