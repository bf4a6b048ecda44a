/* grow.c — see grow.h. */
#include <stdlib.h>
#include <string.h>

#include "grow.h"

bool cs_grow(void *items_ptr, size_t *cap, size_t count, size_t size)
{
	void *items, *more;
	size_t ncap;

	if (count < *cap)
		return true;
	memcpy(&items, items_ptr, sizeof items);
	ncap = *cap ? *cap * 2 : 16;
	more = realloc(items, ncap * size);
	if (more == NULL)
		return false;
	memcpy(items_ptr, &more, sizeof more);
	*cap = ncap;
	return true;
}
