// Status: the outcome of an archive operation, as a value.
//
// The archive never throws across its interface: functions that can fail
// return a Status (or fill an out-parameter and return one). A Status is ok
// or carries a code and a message meant for a person ("no archive at
// cables.db", "unbalanced quote at column 14").
//
// Plain value; copyable; thread-compatible.
#ifndef CABLESCOPE_ARCHIVE_STATUS_H_
#define CABLESCOPE_ARCHIVE_STATUS_H_

#include <string>
#include <utility>

namespace cablescope::archive {

class Status {
 public:
  enum class Code {
    kOk,
    kInvalidQuery,  // the query text is malformed; the message names the column
    kNotFound,      // no such archive, cable or version
    kIoError,       // SQLite or the file system failed
    kSchema,        // the archive was written by an incompatible cablescope
  };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidQuery(std::string message) { return {Code::kInvalidQuery, std::move(message)}; }
  static Status NotFound(std::string message) { return {Code::kNotFound, std::move(message)}; }
  static Status IoError(std::string message) { return {Code::kIoError, std::move(message)}; }
  static Status Schema(std::string message) { return {Code::kSchema, std::move(message)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}

  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_STATUS_H_
