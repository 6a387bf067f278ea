#pragma once

#include "engine/profile/valueclass.h"

#include <string>
#include <string_view>

namespace miq {

// Character counts of one text value, for the classifiers that follow the scan.
struct Scan
{
    int digits = 0;
    int letters = 0;
    int at = 0;
    int colons = 0;
    int dots = 0;
    int dashes = 0;
    int slashes = 0;
    int spaces = 0; // spaces, tabs and line breaks
    int others = 0; // ASCII punctuation other than the above
};

inline constexpr int maskLength = 32;

// The one pass every text value gets: its length in code points, its mask into `mask` (letters
// -> A/a, digits -> 9, control characters -> space, other characters as they are; at most
// `maskLength` characters, then "…"), the case/space/control/non-ASCII flags into `value` and
// the character counts into `scan`.
void scanText(std::string_view text, ValueClass &value, std::string &mask, Scan &scan);

} // namespace miq
