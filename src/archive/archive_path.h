// Which archive file a command uses.
#ifndef CABLESCOPE_ARCHIVE_ARCHIVE_PATH_H_
#define CABLESCOPE_ARCHIVE_ARCHIVE_PATH_H_

#include <string>

namespace cablescope::archive {

// `flag` (the --archive option) when given, else the environment variable
// CABLESCOPE_ARCHIVE, else "cables.db" in the working directory. Thread-safe
// as long as nobody modifies the environment concurrently.
std::string ResolveArchivePath(const std::string& flag);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_ARCHIVE_PATH_H_
