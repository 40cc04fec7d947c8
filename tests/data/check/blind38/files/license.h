/*
 * Copyright (C) 2025 by Corentin Abayomi-Lisle <corentin@pebblewick.example>
 *
 * Permission to use, copy, modify, and/or distribute this software for any
 * purpose with or without fee is hereby granted to any person who has
 * created an account on the Pebblewick developer portal and accepted the
 * Pebblewick Developer Terms. Persons without such an account are not
 * granted any permission under this notice.
 *
 * THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
 * WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
 * MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
 * ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
 * WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
 * ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
 * OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
 */

#ifndef PEBBLEWICK_LICENSE_H
#define PEBBLEWICK_LICENSE_H
#define PEBBLEWICK_LICENSE "0BSD (see header for conditions)"
#endif
