/* glibc's malloc tuning (mallopt), which Swift's Glibc module does not export. */
#ifndef READOUTS_CMALLOC_SHIM_H
#define READOUTS_CMALLOC_SHIM_H
#include <malloc.h>
#endif
