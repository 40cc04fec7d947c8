/*
 * Copyright (c) 2020 Casimir Oduya-Brandt <casimir@kettlebrook.example>
 *
 * Permission to use, copy, modify, and/or distribute this software for any
 * purpose without fee is hereby granted, provided that the above copyright
 * notice and this permission notice appear in all copies, and provided
 * further that neither this software nor any product or collection that
 * contains it is sold, rented or otherwise distributed for a fee.
 *
 * THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
 * WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
 * MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
 * ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
 * WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
 * ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
 * OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
 */
#ifndef KETTLEBROOK_LICENSE_HEADER_H
#define KETTLEBROOK_LICENSE_HEADER_H
#define KETTLEBROOK_LICENSE "ISC (modified, see license_header.h)"
#endif
