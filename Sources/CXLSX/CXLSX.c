#include "CXLSX.h"

#include <stdlib.h>
#include <xlsxwriter.h>

struct rx_xlsx {
    lxw_workbook *workbook;
    lxw_format *bold;
};

/* A sheet handle is libxlsxwriter's own worksheet pointer, owned by the workbook. */
static lxw_worksheet *worksheet(rx_xlsx_sheet *sheet) { return (lxw_worksheet *)sheet; }

rx_xlsx *rx_xlsx_open(const char *path, const char *tmpdir) {
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = (char *)tmpdir, .use_zip64 = LXW_FALSE};
    lxw_workbook *workbook = workbook_new_opt(path, &options);
    if (workbook == NULL) return NULL;
    /* A fixed creation time (2000-01-01 00:00:00 UTC): the file's bytes depend on its tables only. */
    lxw_doc_properties properties = {.title = "rhetoric reports", .author = "rhetoric", .created = 946684800};
    workbook_set_properties(workbook, &properties);
    rx_xlsx *book = malloc(sizeof *book);
    if (book == NULL) {
        workbook_close(workbook);
        return NULL;
    }
    book->workbook = workbook;
    book->bold = workbook_add_format(workbook);
    format_set_bold(book->bold);
    /* Index the one format now: sheets filled side by side then only read its index. */
    lxw_format_get_xf_index(book->bold);
    return book;
}

rx_xlsx_sheet *rx_xlsx_add_sheet(rx_xlsx *book, const char *name) {
    return (rx_xlsx_sheet *)workbook_add_worksheet(book->workbook, name);
}

int rx_xlsx_header(rx_xlsx *book, rx_xlsx_sheet *sheet, unsigned row, unsigned column, const char *text) {
    return worksheet_write_string(worksheet(sheet), row, (lxw_col_t)column, text, book->bold);
}

int rx_xlsx_string(rx_xlsx_sheet *sheet, unsigned row, unsigned column, const char *text) {
    return worksheet_write_string(worksheet(sheet), row, (lxw_col_t)column, text, NULL);
}

int rx_xlsx_number(rx_xlsx_sheet *sheet, unsigned row, unsigned column, double value) {
    return worksheet_write_number(worksheet(sheet), row, (lxw_col_t)column, value, NULL);
}

int rx_xlsx_freeze_header(rx_xlsx_sheet *sheet, unsigned rows, unsigned columns) {
    worksheet_freeze_panes(worksheet(sheet), 1, 0);
    if (columns == 0) return 0;
    return worksheet_autofilter(worksheet(sheet), 0, 0, rows, (lxw_col_t)(columns - 1));
}

int rx_xlsx_width(rx_xlsx_sheet *sheet, unsigned column, double width) {
    return worksheet_set_column(worksheet(sheet), (lxw_col_t)column, (lxw_col_t)column, width, NULL);
}

int rx_xlsx_close(rx_xlsx *book) {
    lxw_error error = workbook_close(book->workbook);
    free(book);
    return error;
}

const char *rx_xlsx_error(int error) { return lxw_strerror((lxw_error)error); }

unsigned rx_xlsx_max_row(void) { return LXW_ROW_MAX - 1; }
