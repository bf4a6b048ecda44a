/* pdf_sample.c — writes the PDF of a report description built here, for
 * the pdf tests (pdf-checks.sh), independent of the database:
 *   pdf_sample FILE ROWS
 * A statement-like table of ROWS rows (its header must repeat on every
 * page it spans), a landscape table, a bar chart, a line chart, a heat map,
 * fields, boxes to fill, a no-data note, and texts full of control
 * characters and very long words that must not leave the page. Prints the
 * page count. */
#include <fcntl.h>
#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "pdf.h"

int main(int argc, char **argv)
{
	struct reportdoc *doc;
	struct rd_table *t;
	struct rd_chart *c;
	struct cs_error err;
	char word[3000], buf[64];
	int fd, pages, rows;

	if (argc != 3) {
		fprintf(stderr, "usage: pdf_sample FILE ROWS\n");
		return 64;
	}
	setlocale(LC_ALL, "");
	if (getenv("CONSTRUISONS_LOCALEDIR") != NULL) {
		bindtextdomain("construisons", getenv("CONSTRUISONS_LOCALEDIR"));
		bind_textdomain_codeset("construisons", "UTF-8");
		textdomain("construisons");
	}
	rows = atoi(argv[2]);
	doc = reportdoc_new("statement", "Relevé de l'Accorderie — essai", "2026-11-01",
	                    "2026-11-30", 1796030100, "Élodie Martin");
	if (doc == NULL)
		return 70;
	reportdoc_heading(doc, 1, "Solde");
	reportdoc_field_hours(doc, "Solde d'ouverture", 15 * 60, false);
	reportdoc_field_hours(doc, "Solde de clôture", 12345, true);
	reportdoc_field_int(doc, "Mouvements", rows);
	/* A word of 2,999 letters, and controls (ESC, BEL, C1, bidi override). */
	for (size_t i = 0; i < sizeof word - 1; i++)
		word[i] = (char)('a' + i % 26);
	word[sizeof word - 1] = '\0';
	reportdoc_paragraph(doc, word);
	reportdoc_paragraph(doc, "Contrôle\x1b[31m rouge\x07 \xc2\x9b" "2J \xe2\x80\xae" "inversé "
	                         "et une ligne\nsuivante, fin.");
	reportdoc_field_text(doc, "Mot très long", word);
	t = reportdoc_table(doc, "mouvements", "Mouvements de la période", 5);
	rd_table_column(t, 0, "Date", RD_LEFT, 10);
	rd_table_column(t, 1, "Échange", RD_LEFT, 0);
	rd_table_column(t, 2, "Avec", RD_LEFT, 0);
	rd_table_column(t, 3, "Durée", RD_RIGHT, 8);
	rd_table_column(t, 4, "Solde", RD_RIGHT, 8);
	for (int i = 0; i < rows; i++) {
		snprintf(buf, sizeof buf, "2026-11-%02d", 1 + i % 30);
		rd_cell_date(t, buf);
		snprintf(buf, sizeof buf, "Échange n° %d : aide bureautique", i + 1);
		rd_cell_text(t, i == 3 ? word : buf);
		rd_cell_text(t, i % 2 ? "Jean Dupont" : "Marie-Hélène Lefèvre-Dubois");
		rd_cell_hours(t, (i % 7 - 3) * 15, true);
		rd_cell_hours(t, 900 + i * 15, false);
	}
	reportdoc_chart(doc, RD_BAR_CHART, "Idées par étape", "idées");
	c = reportdoc_chart(doc, RD_BAR_CHART, "Idées par étape", "idées");
	{
		static const char *const st[] = { "Déposée", "En étude", "En comité", "Retenue",
		                                  "En expérimentation", "Généralisée", "Close" };
		for (int i = 0; i < 7; i++)
			rd_chart_point(c, st[i], (double)(i * 37 % 50 + 3));
	}
	c = reportdoc_chart(doc, RD_LINE_CHART, "Dépôts par mois", "idées");
	{
		static const char *const m[] = { "déc.", "janv.", "févr.", "mars", "avr.", "mai",
		                                  "juin", "juil.", "août", "sept.", "oct.", "nov." };
		for (int i = 0; i < 12; i++)
			rd_chart_point(c, m[i], (double)(10 + (i * 7) % 23));
	}
	{
		static const char *const floors[] = { "RDC", "1er étage", "2e étage", "3e étage" };
		const char *days[22];
		char dbuf[22][8];

		for (int j = 0; j < 22; j++) {
			snprintf(dbuf[j], sizeof dbuf[j], "%02d/11", j + 1);
			days[j] = dbuf[j];
		}
		c = reportdoc_heat_map(doc, "Occupation par étage et par jour", "%", 4, floors, 22,
		                       days);
		for (size_t i = 0; i < 4; i++)
			for (size_t j = 0; j < 22; j++)
				if (j % 7 != 5)
					rd_heat_set(c, i, j, (double)((i * 13 + j * 7) % 101));
	}
	reportdoc_heading(doc, 2, "Impact (à remplir par le comité)");
	reportdoc_box(doc, "Impact", 3);
	reportdoc_box(doc, "Faisabilité", 3);
	reportdoc_page_break(doc);
	t = reportdoc_table(doc, "large", "Tableau large", 12);
	for (size_t j = 0; j < 12; j++) {
		snprintf(buf, sizeof buf, "Colonne %zu", j + 1);
		rd_table_column(t, j, buf, RD_RIGHT, 0);
	}
	t->landscape = true;
	for (int i = 0; i < 30; i++)
		for (int j = 0; j < 12; j++)
			rd_cell_int(t, (long long)i * 1000 + j);
	reportdoc_no_data(doc, "Aucune donnée pour cette période.");
	if (reportdoc_failed(doc))
		return 70;
	fd = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0) {
		perror(argv[1]);
		return 73;
	}
	if (pdf_render_fd(doc, fd, &pages, &err) != CS_OK) {
		fprintf(stderr, "%s\n", err.message);
		return cs_status_exit_code(err.status);
	}
	if (close(fd) != 0)
		return 74;
	reportdoc_free(doc);
	printf("%d\n", pages);
	return 0;
}
