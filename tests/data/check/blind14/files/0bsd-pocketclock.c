/*
 * pocketclock - tiny RTC helpers
 *
 * Copyright (C) 2024 by Wendelin Araújo <wendelin@pocketclock.example>
 *
 * Permission to use, copy, modify, and/or distribute this software for
 * any purpose with or without fee is hereby granted.
 *
 * THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL
 * WARRANTIES WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES
 * OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE
 * FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY
 * DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER
 * IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING
 * OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
 *
 * Note: you do not have to keep this comment when you copy the functions
 * below into your own project.  No attribution is needed.
 */

#include <stdint.h>

static inline uint8_t pc_bcd2bin(uint8_t v)
{
    return (uint8_t)((v & 0x0Fu) + ((v >> 4) * 10u));
}
