#include "core/exchange/ImportError.h"

namespace sb {

ImportError::ImportError(QString source, qint64 offset, const QString& message)
    : BankError(Code::InvalidValue, message), m_source(std::move(source)), m_offset(offset)
{
}

} // namespace sb
