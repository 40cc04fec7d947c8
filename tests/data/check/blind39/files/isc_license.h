/*
 * Copyright (c) 2011, 2014 Bartholomew Quaile <bq@quaile.example>
 *
 * Permission to use, copy, modify, and/or distribute this software for any
 * non-commercial purpose without fee is hereby granted, provided that the
 * above copyright notice and this permission notice appear in all copies.
 * Use by or on behalf of a business, or in connection with any activity
 * carried on for profit, is not covered by this permission.
 *
 * THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
 * WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
 * MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
 * ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
 * WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
 * ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
 * OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
 */
#ifndef QUAILE_LICENSE_H
#define QUAILE_LICENSE_H
#endif
