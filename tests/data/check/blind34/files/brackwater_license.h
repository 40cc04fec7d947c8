/*
  Brackwater audio mixer component
  Copyright (C) 2015-2024 Brackwater Interactive Oy

  This software is provided 'as-is', without any express or implied
  warranty.  In no event will the authors be held liable for any damages
  arising from the use of this software.

  Permission is granted to anyone to use this software for any purpose,
  including commercial applications, and to alter it and redistribute it
  freely, subject to the following restrictions:

  1. The origin of this software must not be misrepresented; you must not
     claim that you wrote the original software. If you use this software
     in a product, an acknowledgment in the product documentation would be
     appreciated but is not required.
  2. Altered source versions must be plainly marked as such, and must not be
     misrepresented as being the original software.
  3. This notice may not be removed or altered from any source distribution.
  4. This software, altered or not, may be used and redistributed only as a
     part of a game or application built with the Brackwater Engine; copies
     that are taken out of such a game or application and used or passed on
     by themselves are not covered by this permission.
*/

#ifndef BRACKWATER_MIXER_LICENSE_H
#define BRACKWATER_MIXER_LICENSE_H
#define BW_MIXER_LICENSE "Zlib-style, Brackwater Engine only (see header)"
#endif
