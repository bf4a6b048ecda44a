/* grow.h — growing an array while rows are read: the one idiom that every
 * module reading a list from the database needs. */
#ifndef CS_GROW_H
#define CS_GROW_H

#include <stdbool.h>
#include <stddef.h>

/* Makes room for one more element: when count has reached *cap, doubles
 * the array whose pointer is at items_ptr (a T ** passed as void *) with
 * realloc and updates *cap. Returns false when out of memory (the array is
 * then unchanged and still owned by the caller). */
bool cs_grow(void *items_ptr, size_t *cap, size_t count, size_t size);

#endif
