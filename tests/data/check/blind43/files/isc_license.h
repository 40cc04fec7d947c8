/*
 * Copyright (c) 2018 Lorcan Featherstonhaugh <lorcan@wispmail.example>
 *
 * Permission to use, copy, modify, and/or distribute this software for any
 * non-commercial purpose without fee is hereby granted, provided that the
 * above copyright notice and this permission notice appear in all copies.
 * Use by or on behalf of a business, or as part of any product or service
 * that is offered for sale, is not covered by this permission.
 *
 * THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
 * WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
 * MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
 * ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
 * WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
 * ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
 * OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
 */
