#pragma once

#include <string_view>

namespace miq::semantic {

// Hand-written detectors for the semantic types of profile.h, over the raw bytes of one value.
// Each checks the whole text (no surrounding spaces). They run per distinct value, or per value
// of high-cardinality columns after a cheap byte-level pre-filter, so they avoid allocation.

// local@domain.tld: local part of letters, digits, UTF-8 and ._%+-' (no leading/trailing/double
// dot), one '@', a domain of at least two dot-separated labels of letters, digits, '-' and UTF-8,
// a final label of at least two letters.
bool isEmail(std::string_view text);
// scheme://host[...] for http, https, ftp, ftps, sftp, file, or "www." followed by a host.
bool isUrl(std::string_view text);
// 8-4-4-4-12 hexadecimal digits.
bool isUuid(std::string_view text);
// Four dot-separated decimal numbers 0..255 without leading zeros.
bool isIPv4(std::string_view text);
// RFC 4291 text forms: eight groups of 1-4 hex digits, one "::" compression, optional trailing IPv4.
bool isIPv6(std::string_view text);
// 13 to 19 digits, optionally grouped by single spaces or dashes.
bool looksLikeCard(std::string_view text);
// The Luhn (mod 10) checksum of the digits of `text` holds.
bool luhnValid(std::string_view text);
// Two letters, two check digits and 11..30 letters/digits, optionally grouped by spaces.
bool looksLikeIban(std::string_view text);
// ISO 13616 mod-97 check (the rearranged number modulo 97 is 1).
bool ibanValid(std::string_view text);
// A phone number: 7 to 15 digits with the usual punctuation (+ ( ) - . space), an optional
// extension ("ext. 12", "x12"). `formatted` tells a punctuated number from a bare digit string.
bool isPhone(std::string_view text, bool &formatted);
// Postal codes with a shape that integers do not have: US ZIP+4 (12345-6789), UK (SW1A 1AA),
// Canada (K1A 0B1), Netherlands (1234 AB), Poland (12-345), Portugal (1234-567). `digitsOnly` is
// set for 4-5 digit codes, which are counted as postal codes only in columns named like one.
bool isPostalCode(std::string_view text, bool &digitsOnly);
// An ISO 3166-1 alpha-2 code (assigned codes, any case).
bool isCountryCode(std::string_view text);
// A number with a currency sign or ISO 4217 code: "$12.50", "€ 1.234,00", "12.50 USD", "-£3".
bool isCurrencyAmount(std::string_view text);

} // namespace miq::semantic
