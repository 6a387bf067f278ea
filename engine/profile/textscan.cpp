#include "engine/profile/textscan.h"

#include <algorithm>
#include <cstdint>

namespace miq {

namespace {

// The scan runs for every value of a high-cardinality column, so it is table-driven: per byte
// one lookup of what it counts as, one of its mask character and one add, no branch to
// mispredict. The counters are 6-bit fields of one 64-bit word held in a register (an array of
// counters in memory would make each byte wait for the previous byte's store), emptied into the
// Scan every 63 bytes, before a field can overflow. Non-ASCII and control bytes, rare, leave the
// fast path (the word's top bit).
enum CountField : int { Digits, Upper, Lower, At, Colons, Dots, Dashes, Slashes, Spaces, Breaks };
constexpr int fieldBits = 6;
constexpr std::size_t blockBytes = (1u << fieldBits) - 1;
constexpr std::uint64_t specialBit = std::uint64_t(1) << 63;

constexpr std::uint64_t field(CountField f)
{
    return std::uint64_t(1) << (fieldBits * int(f));
}

struct ByteTable
{
    std::uint64_t count[256] = {}; // 1 in this byte's fields; 0 for other punctuation
    char mask[256] = {};
    constexpr ByteTable()
    {
        for (int c = 0; c < 256; ++c) {
            std::uint64_t k = 0;
            char m = char(c);
            if (c >= 'A' && c <= 'Z')
                k = field(Upper), m = 'A';
            else if (c >= 'a' && c <= 'z')
                k = field(Lower), m = 'a';
            else if (c >= '0' && c <= '9')
                k = field(Digits), m = '9';
            else if (c == ' ')
                k = field(Spaces);
            else if (c == '\t' || c == '\n' || c == '\r') // a space and a control character at once
                k = field(Spaces) | field(Breaks), m = ' ';
            else if (c < 0x20 || c >= 0x7F)
                k = specialBit, m = ' ';
            else if (c == '@')
                k = field(At);
            else if (c == ':')
                k = field(Colons);
            else if (c == '.')
                k = field(Dots);
            else if (c == '-')
                k = field(Dashes);
            else if (c == '/')
                k = field(Slashes);
            count[c] = k;
            mask[c] = m;
        }
    }
};
constexpr ByteTable byteTable;

// Adds the packed fields to `scan` and their case and line-break flags to `flags`; returns how
// many bytes they counted (other punctuation is what is left).
int unpack(std::uint64_t packed, Scan &scan, std::uint32_t &flags)
{
    const auto get = [packed](CountField f) { return int(packed >> (fieldBits * int(f)) & blockBytes); };
    const int upper = get(Upper);
    const int lower = get(Lower);
    if (upper)
        flags |= ValueClass::HasUpper;
    if (lower)
        flags |= ValueClass::HasLower;
    if (get(Breaks))
        flags |= ValueClass::Control;
    scan.digits += get(Digits);
    scan.letters += upper + lower;
    scan.at += get(At);
    scan.colons += get(Colons);
    scan.dots += get(Dots);
    scan.dashes += get(Dashes);
    scan.slashes += get(Slashes);
    scan.spaces += get(Spaces);
    return get(Digits) + upper + lower + get(At) + get(Colons) + get(Dots) + get(Dashes) + get(Slashes)
           + get(Spaces);
}

// The mask character of a non-ASCII lead byte `c` followed by `next` (null when none): Latin-1
// Supplement and Latin Extended-A letters keep their case, which is cheap to tell; letters of
// other scripts show as 'a' without counting for case. Sets HasUpper/HasLower and counts letters.
char highMask(unsigned char c, const unsigned char *next, std::uint32_t &flags, int &letters)
{
    if (!next || (c != 0xC3 && c != 0xC4 && c != 0xC5))
        return 'a';
    const unsigned cp = ((c & 0x1Fu) << 6) | (*next & 0x3Fu);
    bool upper = false;
    bool letter = true;
    if (cp >= 0xC0 && cp <= 0xDE)
        upper = cp != 0xD7, letter = cp != 0xD7;
    else if (cp >= 0xDF && cp <= 0xFF)
        letter = cp != 0xF7;
    else
        upper = cp % 2 == 0;
    if (!letter)
        return '*';
    flags |= upper ? ValueClass::HasUpper : ValueClass::HasLower;
    ++letters;
    return upper ? 'A' : 'a';
}

} // namespace

void scanText(std::string_view text, ValueClass &value, std::string &mask, Scan &scan)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const std::size_t n = text.size();
    std::uint32_t flags = 0;
    std::int32_t length = 0;
    int special = 0; // bytes off the fast path (non-ASCII, control characters)
    int counted = 0; // fast-path bytes in a count field; the rest are other punctuation
    char buffer[maskLength + 1]; // the last slot takes the characters past the mask's length
    for (std::size_t block = 0; block < n; block += blockBytes) {
        const std::size_t blockEnd = std::min(n, block + blockBytes);
        std::uint64_t packed = 0;
        for (std::size_t i = block; i < blockEnd; ++i) {
            const unsigned char c = p[i];
            const std::uint64_t count = byteTable.count[c];
            char m = byteTable.mask[c];
            if (count & specialBit) [[unlikely]] {
                ++special;
                if (c >= 0x80) {
                    if ((c & 0xC0) == 0x80)
                        continue; // continuation byte: part of the previous code point
                    flags |= ValueClass::NonAscii;
                    m = highMask(c, i + 1 < n ? p + i + 1 : nullptr, flags, scan.letters);
                } else {
                    flags |= ValueClass::Control;
                }
            } else {
                packed += count;
            }
            buffer[length < maskLength ? length : maskLength] = m;
            ++length;
        }
        counted += unpack(packed, scan, flags);
    }
    scan.others = int(n) - special - counted;
    mask.assign(buffer, std::size_t(std::min(length, maskLength)));
    if (length > maskLength)
        mask += "\xE2\x80\xA6"; // …
    value.length = length;
    if (n > 0) {
        const unsigned char first = p[0];
        const unsigned char last = p[n - 1];
        if (first == ' ' || first == '\t' || first == '\r' || first == '\n')
            flags |= ValueClass::LeadingSpace;
        if (last == ' ' || last == '\t' || last == '\r' || last == '\n')
            flags |= ValueClass::TrailingSpace;
    }
    value.flags |= flags;
}

} // namespace miq
