/* zlib, for the zip members of the model's wheel (inflate) and for CRC-32 checksums.
   Debian's zlib1g-dev is on every build machine of this kind. */
#ifndef READOUTS_CZLIB_SHIM_H
#define READOUTS_CZLIB_SHIM_H
#include <zlib.h>
#endif
