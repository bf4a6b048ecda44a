/* probe_report.h — the share probe (shareprobe.h) as init and check print
 * it: one line per check, in the user's language. */
#ifndef CS_CLI_PROBE_REPORT_H
#define CS_CLI_PROBE_REPORT_H

#include <stdio.h>

#include "shareprobe.h"

/* Prints "Share probe in DIR:" and a line per check to out. */
void probe_report_print(FILE *out, const char *dir, const struct shareprobe_report *r);

#endif
