/**
 * @license
 * Copyright (C) 2023 by Mirela Santangelo-Pike <mirela@tidewright.example>
 *
 * Permission to use, copy, modify, and/or distribute this software for any
 * non-commercial purpose, without fee, is hereby granted. Use by or for a
 * business, or in connection with any product or service offered for sale,
 * is not covered by this permission.
 *
 * THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
 * WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
 * MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
 * ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
 * WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
 * ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
 * OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
 */

export const LICENSE_ID = "LicenseRef-Tidewright-NC";
