/* reports.h — the "Rapports" pane (ui/reports.c): the reports the agent
 * may run, a form for the period and filters, the preview, printing
 * through CUPS and saving as PDF or CSV. */
#ifndef CS_UI_REPORTS_H
#define CS_UI_REPORTS_H

#include "pane.h"

extern const struct ui_pane_class ui_reports_pane;

#endif
