#include "engine/profile/semanticdetectors.h"

#include <algorithm>
#include <cstdint>

namespace miq::semantic {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool isHigh(char c)
{
    return static_cast<unsigned char>(c) >= 0x80;
}

bool domainValid(std::string_view domain)
{
    if (domain.empty() || domain.size() > 253)
        return false;
    std::size_t labels = 0;
    std::size_t start = 0;
    std::string_view last;
    while (start <= domain.size()) {
        std::size_t end = domain.find('.', start);
        if (end == std::string_view::npos)
            end = domain.size();
        const std::string_view label = domain.substr(start, end - start);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-')
            return false;
        for (const char c : label)
            if (!isDigit(c) && !isAlpha(c) && c != '-' && !isHigh(c))
                return false;
        ++labels;
        last = label;
        start = end + 1;
        if (end == domain.size())
            break;
    }
    if (labels < 2 || last.size() < 2)
        return false;
    for (const char c : last)
        if (!isAlpha(c) && !isHigh(c))
            return false;
    return true;
}

// Three-letter ISO 4217 codes commonly written next to amounts. Compared as packed integers: the
// test runs twice for every text value with digits and punctuation (free-text notes), so it must
// not cost a string comparison per code.
bool isCurrencyCode(std::string_view s)
{
    constexpr auto pack = [](const char *code) {
        return std::uint32_t(std::uint8_t(code[0])) << 16 | std::uint32_t(std::uint8_t(code[1])) << 8
               | std::uint8_t(code[2]);
    };
    static constexpr std::uint32_t codes[] = {
        pack("USD"), pack("EUR"), pack("GBP"), pack("JPY"), pack("CHF"), pack("CAD"), pack("AUD"),
        pack("NZD"), pack("CNY"), pack("HKD"), pack("SGD"), pack("SEK"), pack("NOK"), pack("DKK"),
        pack("PLN"), pack("CZK"), pack("HUF"), pack("RUB"), pack("INR"), pack("BRL"), pack("MXN"),
        pack("ZAR"), pack("TRY"), pack("KRW"), pack("ILS"), pack("AED"), pack("SAR"), pack("THB")};
    if (s.size() != 3)
        return false;
    char upper[3];
    for (int i = 0; i < 3; ++i) {
        upper[i] = char(s[std::size_t(i)] & ~0x20);
        if (upper[i] < 'A' || upper[i] > 'Z')
            return false;
    }
    const std::uint32_t u = pack(upper);
    return std::find(std::begin(codes), std::end(codes), u) != std::end(codes);
}

// A number as amounts are written: digits with optional ',' '.' ' ' grouping and a decimal part.
bool isAmountNumber(std::string_view s)
{
    if (!s.empty() && (s.front() == '-' || s.front() == '+'))
        s.remove_prefix(1);
    if (s.empty() || !isDigit(s.front()) || !isDigit(s.back()))
        return false;
    for (const char c : s)
        if (!isDigit(c) && c != ',' && c != '.' && c != '\'')
            return false;
    return true;
}

std::size_t currencySignLength(std::string_view s)
{
    static constexpr std::string_view signs[] = {"$", "\xE2\x82\xAC" /* € */, "\xC2\xA3" /* £ */,
                                                 "\xC2\xA5" /* ¥ */, "\xE2\x82\xB9" /* ₹ */,
                                                 "\xE2\x82\xA9" /* ₩ */, "\xE2\x82\xBD" /* ₽ */};
    // Every sign starts with '$' or a UTF-8 lead byte: most texts are rejected by their first byte.
    if (s.empty() || (s.front() != '$' && !isHigh(s.front())))
        return 0;
    for (const std::string_view sign : signs)
        if (s.substr(0, sign.size()) == sign)
            return sign.size();
    return 0;
}

std::size_t currencySuffixLength(std::string_view s)
{
    static constexpr std::string_view signs[] = {"$", "\xE2\x82\xAC", "\xC2\xA3", "\xC2\xA5", "\xE2\x82\xB9",
                                                 "\xE2\x82\xA9", "\xE2\x82\xBD"};
    // Every sign ends with '$' or a UTF-8 continuation byte.
    if (s.empty() || (s.back() != '$' && !isHigh(s.back())))
        return 0;
    for (const std::string_view sign : signs)
        if (s.size() >= sign.size() && s.substr(s.size() - sign.size()) == sign)
            return sign.size();
    return 0;
}

std::string_view trimSpace(std::string_view s)
{
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    return s;
}

} // namespace

bool isEmail(std::string_view text)
{
    const std::size_t at = text.find('@');
    if (at == std::string_view::npos || at == 0 || at > 64 || text.find('@', at + 1) != std::string_view::npos)
        return false;
    const std::string_view local = text.substr(0, at);
    if (local.front() == '.' || local.back() == '.')
        return false;
    char previous = 0;
    for (const char c : local) {
        const bool ok = isDigit(c) || isAlpha(c) || isHigh(c) || c == '.' || c == '_' || c == '%' || c == '+'
                        || c == '-' || c == '\'';
        if (!ok || (c == '.' && previous == '.'))
            return false;
        previous = c;
    }
    return domainValid(text.substr(at + 1));
}

bool isUrl(std::string_view text)
{
    static constexpr std::string_view schemes[] = {"http://", "https://", "ftp://", "ftps://", "sftp://", "file://"};
    std::string_view rest;
    bool found = false;
    for (const std::string_view scheme : schemes) {
        if (text.size() > scheme.size()) {
            bool same = true;
            for (std::size_t i = 0; i < scheme.size() && same; ++i)
                same = (text[i] | 0x20) == scheme[i] || text[i] == scheme[i];
            if (same) {
                rest = text.substr(scheme.size());
                found = true;
                break;
            }
        }
    }
    if (!found) {
        if (text.size() <= 4 || (text.substr(0, 4) != "www." && text.substr(0, 4) != "WWW."))
            return false;
        rest = text;
    }
    for (const char c : text)
        if (static_cast<unsigned char>(c) <= ' ')
            return false;
    const std::size_t end = rest.find_first_of("/?#");
    std::string_view host = rest.substr(0, end);
    if (const std::size_t at = host.rfind('@'); at != std::string_view::npos)
        host = host.substr(at + 1);
    if (const std::size_t colon = host.rfind(':'); colon != std::string_view::npos && host.front() != '[')
        host = host.substr(0, colon);
    if (host == "localhost" || (!host.empty() && host.front() == '['))
        return true;
    return isIPv4(host) || domainValid(host);
}

bool isUuid(std::string_view text)
{
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (text[i] != '-')
                return false;
        } else if (!isHex(text[i])) {
            return false;
        }
    }
    return true;
}

bool isIPv4(std::string_view text)
{
    int parts = 0;
    std::size_t i = 0;
    while (true) {
        const std::size_t begin = i;
        int value = 0;
        while (i < text.size() && isDigit(text[i]) && i - begin < 3)
            value = value * 10 + (text[i++] - '0');
        const std::size_t digits = i - begin;
        if (digits == 0 || value > 255 || (digits > 1 && text[begin] == '0'))
            return false;
        ++parts;
        if (i == text.size())
            return parts == 4;
        if (text[i] != '.' || parts == 4)
            return false;
        ++i;
    }
}

bool isIPv6(std::string_view text)
{
    if (text.size() < 2 || text.size() > 45)
        return false;
    int groups = 0;
    bool compressed = false;
    std::size_t i = 0;
    if (text.substr(0, 2) == "::") {
        compressed = true;
        i = 2;
        if (i == text.size())
            return true;
    } else if (text[0] == ':') {
        return false;
    }
    while (i < text.size()) {
        const std::size_t begin = i;
        while (i < text.size() && isHex(text[i]) && i - begin < 5)
            ++i;
        const std::size_t digits = i - begin;
        if (i < text.size() && text[i] == '.') {
            // Embedded IPv4 at the end takes two groups.
            if (!isIPv4(text.substr(begin)))
                return false;
            groups += 2;
            i = text.size();
            break;
        }
        if (digits == 0 || digits > 4)
            return false;
        ++groups;
        if (i == text.size())
            break;
        if (text[i] != ':')
            return false;
        ++i;
        if (i < text.size() && text[i] == ':') {
            if (compressed)
                return false;
            compressed = true;
            ++i;
            if (i == text.size())
                break;
        } else if (i == text.size()) {
            return false; // a single trailing ':'
        }
    }
    return compressed ? groups < 8 : groups == 8;
}

bool looksLikeCard(std::string_view text)
{
    int digits = 0;
    char separator = 0;
    char previous = 0;
    for (const char c : text) {
        if (isDigit(c)) {
            ++digits;
        } else if (c == ' ' || c == '-') {
            if (previous == 0 || !isDigit(previous) || (separator && c != separator))
                return false;
            separator = c;
        } else {
            return false;
        }
        previous = c;
    }
    return digits >= 13 && digits <= 19 && isDigit(previous);
}

bool luhnValid(std::string_view text)
{
    int sum = 0;
    bool doubleIt = false;
    int digits = 0;
    for (std::size_t i = text.size(); i-- > 0;) {
        const char c = text[i];
        if (!isDigit(c))
            continue;
        int d = c - '0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
        ++digits;
    }
    return digits > 0 && sum % 10 == 0;
}

bool looksLikeIban(std::string_view text)
{
    int count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ' ')
            continue;
        if (count < 2) {
            if (!isAlpha(c))
                return false;
        } else if (count < 4) {
            if (!isDigit(c))
                return false;
        } else if (!isDigit(c) && !isAlpha(c)) {
            return false;
        }
        ++count;
    }
    return count >= 15 && count <= 34 && text.front() != ' ' && text.back() != ' ';
}

bool ibanValid(std::string_view text)
{
    if (!looksLikeIban(text))
        return false;
    // Move the first four characters to the end, letters become 10..35, then mod 97 digit by digit.
    char chars[40];
    int n = 0;
    for (const char c : text)
        if (c != ' ')
            chars[n++] = c;
    int remainder = 0;
    for (int k = 0; k < n; ++k) {
        const char c = chars[(k + 4) % n];
        if (isDigit(c)) {
            remainder = (remainder * 10 + (c - '0')) % 97;
        } else {
            const int value = (c | 0x20) - 'a' + 10;
            remainder = (remainder * 100 + value) % 97;
        }
    }
    return remainder == 1;
}

bool isPhone(std::string_view text, bool &formatted)
{
    formatted = false;
    // Strip an extension: "ext. 123", "ext 123", "x123".
    std::size_t end = text.size();
    // Every marker has an 'x': most numbers have none and skip the four searches.
    if (text.find('x') != std::string_view::npos) {
        for (const std::string_view marker : {std::string_view(" ext. "), std::string_view(" ext "),
                                              std::string_view(" x"), std::string_view("x")}) {
            const std::size_t pos = text.rfind(marker);
            if (pos != std::string_view::npos && pos > 0) {
                const std::string_view tail = text.substr(pos + marker.size());
                if (!tail.empty() && tail.size() <= 6 && std::all_of(tail.begin(), tail.end(), isDigit)) {
                    end = pos;
                    formatted = true;
                    break;
                }
            }
        }
    }
    const std::string_view number = text.substr(0, end);
    int digits = 0;
    int open = 0;
    for (std::size_t i = 0; i < number.size(); ++i) {
        const char c = number[i];
        if (isDigit(c)) {
            ++digits;
        } else if (c == '+') {
            if (i != 0)
                return false;
            formatted = true;
        } else if (c == '(') {
            if (open)
                return false;
            open = 1;
            formatted = true;
        } else if (c == ')') {
            if (open != 1)
                return false;
            open = 2;
        } else if (c == ' ' || c == '-' || c == '.') {
            formatted = true;
            if (i + 1 < number.size() && (number[i + 1] == ' ' || number[i + 1] == '-' || number[i + 1] == '.'))
                return false;
        } else {
            return false;
        }
    }
    if (open == 1 || number.empty() || !isDigit(number.back()))
        return false;
    return digits >= 7 && digits <= 15;
}

bool isPostalCode(std::string_view text, bool &digitsOnly)
{
    digitsOnly = false;
    const std::size_t n = text.size();
    const auto digitsAt = [&](std::size_t from, std::size_t count) {
        if (from + count > n)
            return false;
        for (std::size_t i = from; i < from + count; ++i)
            if (!isDigit(text[i]))
                return false;
        return true;
    };
    const auto upperAt = [&](std::size_t i) { return i < n && text[i] >= 'A' && text[i] <= 'Z'; };
    if ((n == 4 || n == 5) && digitsAt(0, n)) {
        digitsOnly = true;
        return true;
    }
    if (n == 10 && digitsAt(0, 5) && text[5] == '-' && digitsAt(6, 4))
        return true; // US ZIP+4
    if (n == 6 && digitsAt(0, 2) && text[2] == '-' && digitsAt(3, 3))
        return true; // PL
    if (n == 8 && digitsAt(0, 4) && text[4] == '-' && digitsAt(5, 3))
        return true; // PT
    if (n == 7 && digitsAt(0, 4) && text[4] == ' ' && upperAt(5) && upperAt(6))
        return true; // NL
    if (n == 7 && upperAt(0) && isDigit(text[1]) && upperAt(2) && text[3] == ' ' && isDigit(text[4]) && upperAt(5)
        && isDigit(text[6]))
        return true; // CA
    // UK: outward code (A9, A99, AA9, AA99, A9A, AA9A), space, inward code 9AA.
    const std::size_t space = text.find(' ');
    if (space >= 2 && space <= 4 && n == space + 4 && isDigit(text[space + 1]) && upperAt(space + 2)
        && upperAt(space + 3) && upperAt(0)) {
        const std::string_view out = text.substr(1, space - 1);
        bool hasDigit = false;
        for (const char c : out) {
            if (isDigit(c))
                hasDigit = true;
            else if (!(c >= 'A' && c <= 'Z'))
                return false;
        }
        return hasDigit;
    }
    return false;
}

bool isCountryCode(std::string_view text)
{
    // ISO 3166-1 alpha-2, officially assigned codes, sorted.
    static constexpr char codes[] =
        "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCV"
        "CWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEIL"
        "IMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMU"
        "MVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSN"
        "SOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW";
    if (text.size() != 2 || !isAlpha(text[0]) || !isAlpha(text[1]))
        return false;
    const char a = char(text[0] & ~0x20);
    const char b = char(text[1] & ~0x20);
    constexpr std::size_t count = (sizeof codes - 1) / 2;
    std::size_t lo = 0;
    std::size_t hi = count;
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        const char ma = codes[2 * mid];
        const char mb = codes[2 * mid + 1];
        if (ma == a && mb == b)
            return true;
        if (ma < a || (ma == a && mb < b))
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

bool isCurrencyAmount(std::string_view text)
{
    std::string_view s = trimSpace(text);
    bool negative = false;
    if (!s.empty() && s.front() == '-') {
        negative = true;
        s.remove_prefix(1);
    }
    if (const std::size_t sign = currencySignLength(s)) {
        const std::string_view rest = trimSpace(s.substr(sign));
        return isAmountNumber(rest) && !(negative && !rest.empty() && rest.front() == '-');
    }
    if (s.size() > 4 && isCurrencyCode(s.substr(0, 3)) && s[3] == ' ')
        return isAmountNumber(trimSpace(s.substr(4)));
    if (const std::size_t sign = currencySuffixLength(s))
        return isAmountNumber(trimSpace(s.substr(0, s.size() - sign)));
    if (s.size() > 4 && isCurrencyCode(s.substr(s.size() - 3)) && s[s.size() - 4] == ' ')
        return isAmountNumber(trimSpace(s.substr(0, s.size() - 4)));
    return false;
}

} // namespace miq::semantic
