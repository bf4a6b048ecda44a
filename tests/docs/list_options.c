/* list_options.c — prints the names of the options of the system table
 * ("system") or of the user table ("user") of src/config.c, one per line,
 * for conf-options-documented.sh. With no argument, prints both tables,
 * each name preceded by its table and a tab. */
#include <stdio.h>
#include <string.h>

#include "config.h"

static void print_table(int which, const char *prefix)
{
	for (const char *const *n = config_option_names(which); *n != NULL; n++) {
		if (prefix != NULL)
			printf("%s\t", prefix);
		printf("%s\n", *n);
	}
}

int main(int argc, char **argv)
{
	if (argc == 1) {
		print_table(0, "system");
		print_table(1, "user");
	} else if (argc == 2 && strcmp(argv[1], "system") == 0) {
		print_table(0, NULL);
	} else if (argc == 2 && strcmp(argv[1], "user") == 0) {
		print_table(1, NULL);
	} else {
		fprintf(stderr, "usage: list_options [system|user]\n");
		return 64;
	}
	return fflush(stdout) == 0 ? 0 : 1;
}
