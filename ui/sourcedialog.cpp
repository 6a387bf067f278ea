#include "ui/sourcedialog.h"

#include "connectors/connectorregistry.h"
#include "engine/sourceoperations.h"
#include "models/connectoricons.h"
#include "ui/backgroundcall.h"
#include "ui/configform.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace miq {

SourceDialog::SourceDialog(const SourceRecord &source, const SecretValues &existingSecrets,
                           std::function<bool(const QString &)> nameTaken, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_existingSecrets(existingSecrets)
    , m_nameTaken(std::move(nameTaken))
    , m_name(new QLineEdit(source.name))
    , m_type(new QComboBox)
    , m_typeDescription(new QLabel)
    , m_form(new ConfigForm)
    , m_problems(new QLabel)
    , m_testResult(new QLabel)
    , m_testButton(new QPushButton(tr("&Test Connection")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    setWindowTitle(source.id == 0 ? tr("Add Data Source") : tr("Edit Data Source '%1'").arg(source.name));
    m_name->setObjectName(QStringLiteral("name"));
    m_type->setObjectName(QStringLiteral("type"));
    m_testButton->setObjectName(QStringLiteral("test"));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_testResult->setObjectName(QStringLiteral("testResult"));

    for (const ConnectorSpec &spec : ConnectorRegistry::builtin().specs())
        m_type->addItem(connectorIcon(spec.typeId), spec.displayName, spec.typeId);
    const int typeIndex = m_type->findData(source.typeId);
    m_type->setCurrentIndex(typeIndex >= 0 ? typeIndex : 0);
    m_type->setEnabled(source.id == 0); // a saved source keeps its type: its secrets depend on it

    m_typeDescription->setWordWrap(true);
    m_typeDescription->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *header = new QFormLayout;
    header->addRow(tr("&Name:"), m_name);
    header->addRow(tr("T&ype:"), m_type);
    header->addRow(QString(), m_typeDescription);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testResult, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problems);
    layout->addLayout(testRow);
    layout->addWidget(m_buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &SourceDialog::typeChanged);
    connect(m_name, &QLineEdit::textChanged, this, &SourceDialog::validate);
    connect(m_form, &ConfigForm::changed, this, &SourceDialog::validate);
    connect(m_testButton, &QPushButton::clicked, this, &SourceDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    typeChanged();
    resize(560, 520);
}

void SourceDialog::typeChanged()
{
    const QString typeId = m_type->currentData().toString();
    const ConnectorSpec *spec = ConnectorRegistry::builtin().spec(typeId);
    if (!spec)
        return;
    m_typeDescription->setText(spec->description);
    const bool sameType = typeId == m_source.typeId;
    m_form->setSpec(*spec, sameType ? m_source.settings : QVariantMap(),
                    sameType ? m_existingSecrets.keys() : QStringList());
    m_testResult->clear();
    validate();
}

SourceRecord SourceDialog::source() const
{
    SourceRecord s = m_source;
    s.name = m_name->text().trimmed();
    s.typeId = m_type->currentData().toString();
    s.settings = m_form->values();
    s.secretKeys = secrets().keys();
    s.secretKeys.sort();
    return s;
}

SecretValues SourceDialog::secrets() const
{
    SecretValues merged = m_type->currentData().toString() == m_source.typeId ? m_existingSecrets : SecretValues();
    const SecretValues typed = m_form->secrets();
    for (auto it = typed.cbegin(); it != typed.cend(); ++it)
        merged.insert(it.key(), it.value());
    return merged;
}

void SourceDialog::validate()
{
    QStringList problems;
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        problems << tr("Give the source a name.");
    else if (m_nameTaken && m_nameTaken(name))
        problems << tr("Another source is already named '%1'.").arg(name);
    problems += ConnectorRegistry::builtin().validate(m_type->currentData().toString(), m_form->values(),
                                                      secrets().keys());
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty());
    m_testButton->setEnabled(problems.isEmpty() || (problems.size() == 1 && name.isEmpty()));
}

void SourceDialog::testConnection()
{
    const SourceRecord s = source();
    const QString typeId = s.typeId;
    const ConnectionSettings settings = SourceOperations::connectionSettings(s, secrets());
    const int generation = ++m_testGeneration;
    m_testButton->setEnabled(false);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Testing…"));
    runInBackground(
        this, [typeId, settings] { return SourceOperations::testConnection(typeId, settings); },
        [this, generation](Result<QString> result) {
            if (generation != m_testGeneration)
                return;
            m_testButton->setEnabled(true);
            m_testResult->setStyleSheet(result ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #b02020;"));
            m_testResult->setText(result ? tr("Connected: %1").arg(*result) : result.error());
        });
}

} // namespace miq
