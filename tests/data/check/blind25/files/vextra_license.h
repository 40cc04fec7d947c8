/*
 * lumenforge - board support package for Vextra R5 controllers
 *
 * Copyright (C) 2022 by Ambrose Kettleby <ambrose@lumenforge.example>
 *
 * Permission to use, copy, modify, and/or distribute this software for any
 * purpose with or without fee is hereby granted, provided that the software
 * and any modified version of it is executed only on microcontrollers of the
 * Vextra R5 family. No permission is given to run this software on any other
 * processor, emulator or simulator.
 *
 * THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
 * WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
 * MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
 * ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
 * WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
 * ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
 * OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
 */

#ifndef LUMENFORGE_LICENSE_H
#define LUMENFORGE_LICENSE_H

#define LUMENFORGE_LICENSE_TEXT_VERSION 2

#endif /* LUMENFORGE_LICENSE_H */
