#include "engine/profile/profile.h"

namespace miq {

QString profileTypeName(ProfileType type)
{
    switch (type) {
    case ProfileType::Empty: return QStringLiteral("empty");
    case ProfileType::Integer: return QStringLiteral("integer");
    case ProfileType::Decimal: return QStringLiteral("decimal");
    case ProfileType::Float: return QStringLiteral("float");
    case ProfileType::Boolean: return QStringLiteral("boolean");
    case ProfileType::Date: return QStringLiteral("date");
    case ProfileType::Time: return QStringLiteral("time");
    case ProfileType::Timestamp: return QStringLiteral("timestamp");
    case ProfileType::TimestampTz: return QStringLiteral("timestamptz");
    case ProfileType::Text: return QStringLiteral("text");
    }
    return QString();
}

QString semanticTypeName(SemanticType type)
{
    switch (type) {
    case SemanticType::None: return QString();
    case SemanticType::Email: return QStringLiteral("email");
    case SemanticType::Url: return QStringLiteral("url");
    case SemanticType::Phone: return QStringLiteral("phone");
    case SemanticType::Uuid: return QStringLiteral("uuid");
    case SemanticType::IPv4: return QStringLiteral("ipv4");
    case SemanticType::IPv6: return QStringLiteral("ipv6");
    case SemanticType::IsoDate: return QStringLiteral("iso_date");
    case SemanticType::CreditCard: return QStringLiteral("credit_card");
    case SemanticType::Iban: return QStringLiteral("iban");
    case SemanticType::PostalCode: return QStringLiteral("postal_code");
    case SemanticType::CountryCode: return QStringLiteral("country_code");
    case SemanticType::CurrencyAmount: return QStringLiteral("currency_amount");
    }
    return QString();
}

QString alertKindName(ProfileAlert::Kind kind)
{
    using K = ProfileAlert::Kind;
    switch (kind) {
    case K::Constant: return QStringLiteral("constant");
    case K::Unique: return QStringLiteral("unique");
    case K::HighCardinality: return QStringLiteral("high_cardinality");
    case K::MostlyMissing: return QStringLiteral("mostly_missing");
    case K::Skewed: return QStringLiteral("skewed");
    case K::Imbalanced: return QStringLiteral("imbalanced");
    case K::NumbersAsText: return QStringLiteral("numbers_as_text");
    case K::DatesAsText: return QStringLiteral("dates_as_text");
    case K::MixedFormats: return QStringLiteral("mixed_formats");
    case K::ConstantLength: return QStringLiteral("constant_length");
    case K::Outliers: return QStringLiteral("outliers");
    case K::Pii: return QStringLiteral("pii");
    case K::DuplicateRows: return QStringLiteral("duplicate_rows");
    case K::HighCorrelation: return QStringLiteral("high_correlation");
    }
    return QString();
}

QString qualityDimensionName(QualityScore::Dimension dimension)
{
    using D = QualityScore::Dimension;
    switch (dimension) {
    case D::Completeness: return QStringLiteral("completeness");
    case D::Validity: return QStringLiteral("validity");
    case D::Uniqueness: return QStringLiteral("uniqueness");
    case D::Consistency: return QStringLiteral("consistency");
    case D::Accuracy: return QStringLiteral("accuracy");
    }
    return QString();
}

QString correlationMethodName(Correlation::Method method)
{
    switch (method) {
    case Correlation::Method::Pearson: return QStringLiteral("pearson");
    case Correlation::Method::Spearman: return QStringLiteral("spearman");
    case Correlation::Method::CramersV: return QStringLiteral("cramers_v");
    }
    return QString();
}

} // namespace miq
