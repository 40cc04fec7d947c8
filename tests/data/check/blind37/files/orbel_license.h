/*
 * orbel-io: buffered I/O helpers for embedded loggers
 *
 * Copyright (c) 2022-2025 Orbel Instruments Oy
 *
 * Permission to use, copy, modify, and/or distribute this software for any
 * purpose with or without fee is hereby granted, provided that the above
 * copyright notice and this permission notice appear in all copies, and
 * provided further that each person exercising these permissions has first
 * registered with Orbel Instruments Oy and accepted the Orbel Developer
 * Programme Agreement, a copy of which is available on request. Copies passed
 * on to persons who have not so registered and accepted are not licensed.
 *
 * THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
 * WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
 * MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
 * ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
 * WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
 * ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
 * OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
 */

#ifndef ORBEL_LICENSE_H
#define ORBEL_LICENSE_H
#define ORBEL_IO_LICENSE "ISC (with Orbel developer registration)"
#endif
