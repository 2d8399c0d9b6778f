// Writes ACP-127 routing headers (../shared/docs/cable-anatomy.md §2):
// VZCZC transmission id, relay prosigns, DE line, ZNY security line, DTG,
// FM, TO and INFO with routing indicators and serials, XMT exclusions; and
// the older form without routing indicators for pre-1995 cables.
#include <cstdio>
#include <string>

#include "gen/cable_facts.h"

namespace cablescope::gen {
namespace {

std::string_view PrecedenceWord(char p) {
  switch (p) {
    case 'Z': return "FLASH";
    case 'O': return "IMMEDIATE";
    case 'P': return "PRIORITY";
    default: return "ROUTINE";
  }
}

std::string Digits(int value, int width) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*d", width, value);
  return buf;
}

// One addressee line: `RUEHBUL/AMEMBASSY KABUL IMMEDIATE 0280`. Routine
// precedence is usually left out, and so is the serial of a collective.
void AppendAddressee(Rng& rng, const CableFacts& f, bool routes, std::string* h) {
  int kind = static_cast<int>(rng.Below(10));
  std::string_view word = PrecedenceWord(f.precedence);
  bool say_precedence = f.precedence != 'R' || rng.Chance(0.2);
  if (kind < 6) {
    const Post& p = rng.PickFrom(Posts());
    if (routes) {
      *h += p.route;
      h->push_back('/');
    }
    *h += AddresseeName(p);
    if (say_precedence) (*h += ' ') += word;
    if (rng.Chance(0.8)) (*h += ' ') += Digits(rng.Between(1, 9999), 4);
  } else if (kind < 8) {
    std::string_view c = rng.PickFrom(Collectives());
    *h += routes ? c : c.substr(c.find('/') + 1);
    if (say_precedence) (*h += ' ') += word;
    if (rng.Chance(0.15)) {
      // A collective minus some posts.
      *h += "\nXMT ";
      *h += AddresseeName(rng.PickFrom(Posts()));
    }
  } else {
    std::string_view a = rng.PickFrom(Agencies());
    *h += routes ? a : a.substr(a.find('/') + 1);
    if (say_precedence) (*h += ' ') += word;
    if (rng.Chance(0.3)) (*h += ' ') += Digits(rng.Between(1, 9999), 4);
  }
  h->push_back('\n');
}

void AppendDtg(const CableFacts& f, std::string* h) {
  *h += Digits(f.day, 2) + Digits(f.hour, 2) + Digits(f.minute, 2) + "Z ";
  *h += Months()[static_cast<size_t>(f.month - 1)];
  (*h += ' ') += Digits(f.year % 100, 2);
  *h += '\n';
}

}  // namespace

std::string AddresseeName(const Post& post) {
  if (post.kind == PostKind::kState) return "SECSTATE WASHDC";
  std::string name(AddresseePrefix(post.kind));
  name += post.station;
  return name;
}

int DayOfYear(int year, int month, int day) {
  static constexpr int kBefore[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return kBefore[month - 1] + day + (leap && month > 2 ? 1 : 0);
}

std::string MakeRoutingHeader(Rng& rng, const CableFacts& f) {
  std::string h;
  const bool modern = f.year >= 1995;
  const char p = f.precedence;
  if (modern) {
    h += "VZCZC";
    h += rng.Chance(0.7) ? "XRO" : (rng.Chance(0.5) ? "XYZ" : "XRC");
    h += Digits(rng.Between(0, 9999), 4) + "\n";
    h.push_back(p);
    h.push_back(rng.Chance(0.1) ? 'R' : p);
    int relays = rng.Chance(0.4) ? 1 : rng.Between(2, 19);
    for (int i = 0; i < relays; ++i) {
      // Long relay lists continue on a second line.
      h.push_back(i > 0 && i % 9 == 0 ? '\n' : ' ');
      h += rng.PickFrom(Posts()).route;
    }
    h += "\nDE ";
    h += f.post->route;
    h += " #" + Digits(f.serial % 10000, 4);
    if (f.sections > 1) h += "/01";
    (h += ' ') += Digits(DayOfYear(f.year, f.month, f.day), 3);
    h += Digits(f.hour, 2);
    h += Digits(f.minute, 2);
    h += "\n";
    switch (f.level) {
      case Level::kConfidential: h += "ZNY CCCCC ZZH\n"; break;
      case Level::kSecret: h += "ZNY SSSSS ZZH\n"; break;
      default: h += "ZNR UUUUU ZZH\n"; break;
    }
    h.push_back(p);
    h.push_back(' ');
  } else {
    // 1960s-80s: `P R 281848Z DEC 66` (action and info precedence).
    h.push_back(p);
    h += rng.Chance(0.5) ? " R " : " ";
  }
  AppendDtg(f, &h);
  h += "FM " + AddresseeName(*f.post) + "\n";
  std::string_view word = PrecedenceWord(p);
  if (f.post->kind == PostKind::kState) {
    int to = rng.Between(1, 6);
    for (int i = 0; i < to; ++i) {
      if (i == 0) h += "TO ";
      AppendAddressee(rng, f, modern, &h);
    }
  } else {
    h += "TO ";
    if (modern) h += "RUEHC/";
    h += "SECSTATE WASHDC";
    if (rng.Chance(0.1)) h += " NIACT";
    if (p != 'R') (h += ' ') += word;
    (h += ' ') += Digits(rng.Between(1, 9999), 4);
    h += '\n';
  }
  int info = rng.Chance(0.3) ? 0 : rng.Between(1, 22);
  for (int i = 0; i < info; ++i) {
    if (i == 0) h += "INFO ";
    AppendAddressee(rng, f, modern, &h);
  }
  return h;
}

}  // namespace cablescope::gen
