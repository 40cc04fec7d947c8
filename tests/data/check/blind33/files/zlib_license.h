/* wrexham_codec.h -- licence header
 *
 * Copyright (c) 2012-2019 Dagny Wrexham
 *
 * This software is provided 'as-is', without any express or implied
 * warranty.  In no event will the authors be held liable for any damages
 * arising from the use of this software.
 *
 * Permission is granted to anyone to use this software for any purpose,
 * including commercial applications, to alter it for private use, and to
 * redistribute it freely, subject to the following restrictions:
 *
 * 1. The origin of this software must not be misrepresented; you must not
 *    claim that you wrote the original software. If you use this software
 *    in a product, an acknowledgment in the product documentation would be
 *    appreciated but is not required.
 *
 * 2. Altered source versions may not be redistributed; only the unaltered
 *    original software may be passed on to others.
 *
 * 3. This notice may not be removed or altered from any source
 *    distribution.
 */

#ifndef WREXHAM_CODEC_H
#define WREXHAM_CODEC_H
#endif
