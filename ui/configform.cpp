#include "ui/configform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QToolButton>

namespace miq {

ConfigForm::ConfigForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
}

void ConfigForm::setSpec(const ConnectorSpec &spec, const QVariantMap &values, const QStringList &knownSecrets)
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_editors.clear();
    m_spec = spec;
    for (const ConfigField &field : spec.fields) {
        QWidget *editor = createEditor(field, values.value(field.key, field.defaultValue),
                                       knownSecrets.contains(field.key));
        editor->setToolTip(field.help);
        editor->setObjectName(field.key);
        m_editors.insert(field.key, editor);
        auto *label = new QLabel(field.required ? tr("%1:*").arg(field.label) : tr("%1:").arg(field.label));
        label->setToolTip(field.help);
        m_layout->addRow(label, editor);
    }
}

QWidget *ConfigForm::createEditor(const ConfigField &field, const QVariant &value, bool secretKnown)
{
    switch (field.kind) {
    case ConfigField::Kind::Integer: {
        auto *spin = new QSpinBox;
        spin->setRange(field.maximum > field.minimum ? field.minimum : 0,
                       field.maximum > field.minimum ? field.maximum : 1'000'000'000);
        spin->setValue(value.toInt());
        connect(spin, &QSpinBox::valueChanged, this, &ConfigForm::changed);
        return spin;
    }
    case ConfigField::Kind::Boolean: {
        auto *check = new QCheckBox;
        const QString text = value.toString().toLower();
        check->setChecked(text == QLatin1String("true") || text == QLatin1String("1") || text == QLatin1String("yes"));
        connect(check, &QCheckBox::toggled, this, &ConfigForm::changed);
        return check;
    }
    case ConfigField::Kind::Choice: {
        auto *combo = new QComboBox;
        combo->addItems(field.choices);
        const int current = combo->findText(value.toString());
        combo->setCurrentIndex(current >= 0 ? current : 0);
        connect(combo, &QComboBox::currentIndexChanged, this, &ConfigForm::changed);
        return combo;
    }
    case ConfigField::Kind::MultilineText: {
        auto *edit = new QPlainTextEdit(value.toString());
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 5);
        edit->setPlaceholderText(field.help);
        connect(edit, &QPlainTextEdit::textChanged, this, &ConfigForm::changed);
        return edit;
    }
    case ConfigField::Kind::FilePath: {
        auto *box = new QWidget;
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        auto *edit = new QLineEdit(value.toString());
        edit->setPlaceholderText(field.help);
        auto *browse = new QToolButton;
        browse->setText(tr("Browse…"));
        browse->setObjectName(field.key + QStringLiteral("_browse"));
        QStringList patterns;
        for (const QString &suffix : m_spec.fileSuffixes)
            patterns << QStringLiteral("*.") + suffix;
        const QString filter = patterns.isEmpty() ? tr("All files (*)")
                                                  : tr("%1 (%2);;All files (*)").arg(m_spec.displayName, patterns.join(QLatin1Char(' ')));
        connect(browse, &QToolButton::clicked, this, [this, edit, filter] {
            const QString path = QFileDialog::getOpenFileName(this, tr("Choose a file"), edit->text(), filter);
            if (!path.isEmpty())
                edit->setText(path);
        });
        connect(edit, &QLineEdit::textChanged, this, &ConfigForm::changed);
        row->addWidget(edit, 1);
        row->addWidget(browse);
        return box;
    }
    case ConfigField::Kind::Password:
    case ConfigField::Kind::Text: {
        auto *edit = new QLineEdit;
        if (field.secret || field.kind == ConfigField::Kind::Password) {
            edit->setEchoMode(QLineEdit::Password);
            edit->setPlaceholderText(secretKnown ? tr("stored in the keychain; type to replace")
                                                 : tr("kept in the system keychain"));
        } else {
            edit->setText(value.toString());
            edit->setPlaceholderText(field.help);
        }
        connect(edit, &QLineEdit::textChanged, this, &ConfigForm::changed);
        return edit;
    }
    }
    return new QWidget;
}

namespace {

QString editorText(QWidget *editor)
{
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        return edit->text();
    if (auto *edit = qobject_cast<QPlainTextEdit *>(editor))
        return edit->toPlainText();
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentText();
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        return QString::number(spin->value());
    if (auto *check = qobject_cast<QCheckBox *>(editor))
        return check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (auto *edit = editor->findChild<QLineEdit *>())
        return edit->text();
    return QString();
}

} // namespace

QVariantMap ConfigForm::values() const
{
    QVariantMap values;
    for (const ConfigField &field : m_spec.fields) {
        if (field.secret)
            continue;
        const QString text = editorText(m_editors.value(field.key));
        if (!text.trimmed().isEmpty())
            values.insert(field.key, text);
    }
    return values;
}

SecretValues ConfigForm::secrets() const
{
    SecretValues secrets;
    for (const ConfigField &field : m_spec.fields) {
        if (!field.secret)
            continue;
        const QString text = editorText(m_editors.value(field.key));
        if (!text.isEmpty())
            secrets.insert(field.key, text);
    }
    return secrets;
}

} // namespace miq
