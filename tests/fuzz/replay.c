/* replay.c — the main() of every fuzz target when it is not built for
 * libFuzzer: replays each file in the directories (or the files) given as
 * arguments through LLVMFuzzerTestOneInput() and reports one TAP line per
 * file, so that the corpora run in every test run. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int tests, failures;

/* Feeds one file, in a buffer of exactly its size, to the target. */
static void replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	unsigned char *data = NULL, *p;
	size_t size = 0, cap = 0, n;

	tests++;
	if (f == NULL) {
		printf("not ok %d - %s: cannot open\n", tests, path);
		failures++;
		return;
	}
	for (;;) {
		if (size == cap) {
			cap = cap != 0 ? cap * 2 : 4096;
			p = realloc(data, cap);
			if (p == NULL)
				abort();
			data = p;
		}
		n = fread(data + size, 1, cap - size, f);
		size += n;
		if (n == 0)
			break;
	}
	fclose(f);
	/* exact size, so that an over-read is caught by ASan or valgrind */
	p = malloc(size != 0 ? size : 1);
	if (p == NULL)
		abort();
	memcpy(p, data, size);
	free(data);
	LLVMFuzzerTestOneInput(p, size);
	free(p);
	printf("ok %d - %s\n", tests, path);
	fflush(stdout);
}

static int dot_filter(const struct dirent *e)
{
	return e->d_name[0] != '.';
}

int main(int argc, char **argv)
{
	struct dirent **names;
	char path[4096];
	DIR *d;
	int i, j, n;

	for (i = 1; i < argc; i++) {
		d = opendir(argv[i]);
		if (d == NULL) {
			replay_file(argv[i]);
			continue;
		}
		closedir(d);
		n = scandir(argv[i], &names, dot_filter, alphasort);
		if (n < 0) {
			printf("not ok %d - %s: cannot list\n", ++tests, argv[i]);
			failures++;
			continue;
		}
		for (j = 0; j < n; j++) {
			snprintf(path, sizeof path, "%s/%s", argv[i], names[j]->d_name);
			replay_file(path);
			free(names[j]);
		}
		free(names);
	}
	if (tests == 0) {
		printf("not ok 1 - no corpus given\n");
		tests = failures = 1;
	}
	printf("1..%d\n", tests);
	return failures != 0;
}
