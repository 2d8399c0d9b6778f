#include "gen/facts.h"

#include <array>

namespace cablescope::gen {
namespace {

using enum PostKind;

// Routing indicators as listed in the Allied Routing Indicator Book (a
// public reference); a wrong one here would only make the data less real.
constexpr Post kPosts[] = {
    {"Secretary of State", "STATE", "RUEHC", "US", kState},
    {"Embassy Islamabad", "ISLAMABAD", "RUEHIL", "PK", kEmbassy},
    {"Embassy Baghdad", "BAGHDAD", "RUEHGB", "IZ", kEmbassy},
    {"Embassy Kabul", "KABUL", "RUEHBUL", "AF", kEmbassy},
    {"Embassy Ankara", "ANKARA", "RUEHAK", "TU", kEmbassy},
    {"Embassy Astana", "ASTANA", "RUEHTA", "KZ", kEmbassy},
    {"Embassy London", "LONDON", "RUEHLO", "UK", kEmbassy},
    {"Embassy Paris", "PARIS", "RUEHFR", "FR", kEmbassy},
    {"Embassy Berlin", "BERLIN", "RUEHRL", "GM", kEmbassy},
    {"Embassy Moscow", "MOSCOW", "RUEHMO", "RS", kEmbassy},
    {"Embassy Beijing", "BEIJING", "RUEHBJ", "CH", kEmbassy},
    {"Embassy Tokyo", "TOKYO", "RUEHKO", "JA", kEmbassy},
    {"Embassy Seoul", "SEOUL", "RUEHUL", "KS", kEmbassy},
    {"Embassy New Delhi", "NEW DELHI", "RUEHNE", "IN", kEmbassy},
    {"Embassy Tel Aviv", "TEL AVIV", "RUEHTV", "IS", kEmbassy},
    {"Embassy Cairo", "CAIRO", "RUEHEG", "EG", kEmbassy},
    {"Embassy Riyadh", "RIYADH", "RUEHRH", "SA", kEmbassy},
    {"Embassy Amman", "AMMAN", "RUEHAM", "JO", kEmbassy},
    {"Embassy Beirut", "BEIRUT", "RUEHLB", "LE", kEmbassy},
    {"Embassy Damascus", "DAMASCUS", "RUEHDM", "SY", kEmbassy},
    {"Embassy Bogota", "BOGOTA", "RUEHBO", "CO", kEmbassy},
    {"Embassy Buenos Aires", "BUENOS AIRES", "RUEHBU", "AR", kEmbassy},
    {"Embassy Brasilia", "BRASILIA", "RUEHBR", "BR", kEmbassy},
    {"Embassy Mexico", "MEXICO", "RUEHME", "MX", kEmbassy},
    {"Embassy Caracas", "CARACAS", "RUEHCV", "VE", kEmbassy},
    {"Embassy Lima", "LIMA", "RUEHPE", "PE", kEmbassy},
    {"Embassy Santiago", "SANTIAGO", "RUEHSG", "CI", kEmbassy},
    {"Embassy Ottawa", "OTTAWA", "RUEHOT", "CA", kEmbassy},
    {"Embassy Rome", "ROME", "RUEHRO", "IT", kEmbassy},
    {"Embassy Madrid", "MADRID", "RUEHMD", "SP", kEmbassy},
    {"Embassy Kuala Lumpur", "KUALA LUMPUR", "RUEHKL", "MY", kEmbassy},
    {"Embassy Jakarta", "JAKARTA", "RUEHJA", "ID", kEmbassy},
    {"Embassy Manila", "MANILA", "RUEHML", "RP", kEmbassy},
    {"Embassy Bangkok", "BANGKOK", "RUEHBK", "TH", kEmbassy},
    {"Embassy Hanoi", "HANOI", "RUEHHI", "VM", kEmbassy},
    {"Embassy Nairobi", "NAIROBI", "RUEHNR", "KE", kEmbassy},
    {"Embassy Pretoria", "PRETORIA", "RUEHSA", "SF", kEmbassy},
    {"Embassy Abuja", "ABUJA", "RUEHUJA", "NI", kEmbassy},
    {"Embassy Khartoum", "KHARTOUM", "RUEHKH", "SU", kEmbassy},
    {"Embassy Accra", "ACCRA", "RUEHAR", "GH", kEmbassy},
    {"Embassy Kyiv", "KYIV", "RUEHKV", "UP", kEmbassy},
    {"Embassy Warsaw", "WARSAW", "RUEHWR", "PL", kEmbassy},
    {"Embassy Brussels", "BRUSSELS", "RUEHBS", "BE", kEmbassy},
    {"Embassy The Hague", "THE HAGUE", "RUEHTC", "NL", kEmbassy},
    {"Embassy Stockholm", "STOCKHOLM", "RUEHSM", "SW", kEmbassy},
    {"Embassy Vienna", "VIENNA", "RUEHVI", "AU", kEmbassy},
    {"Embassy Abu Dhabi", "ABU DHABI", "RUEHAD", "AE", kEmbassy},
    {"Embassy Kuwait", "KUWAIT", "RUEHKU", "KU", kEmbassy},
    {"Embassy Doha", "DOHA", "RUEHDO", "QA", kEmbassy},
    {"Embassy Sanaa", "SANAA", "RUEHYN", "YM", kEmbassy},
    {"Embassy Tripoli", "TRIPOLI", "RUEHTRO", "LY", kEmbassy},
    {"Embassy La Paz", "LA PAZ", "RUEHLP", "BL", kEmbassy},
    {"Embassy Quito", "QUITO", "RUEHQT", "EC", kEmbassy},
    {"Consulate Karachi", "KARACHI", "RUEHKP", "PK", kConsulate},
    {"Consulate Lahore", "LAHORE", "RUEHLH", "PK", kConsulate},
    {"Consulate Peshawar", "PESHAWAR", "RUEHPW", "PK", kConsulate},
    {"Consulate Dubai", "DUBAI", "RUEHDE", "AE", kConsulate},
    {"Consulate Istanbul", "ISTANBUL", "RUEHIT", "TU", kConsulate},
    {"Consulate Shanghai", "SHANGHAI", "RUEHGH", "CH", kConsulate},
    {"Consulate Sao Paulo", "SAO PAULO", "RUEHSO", "BR", kConsulate},
    {"Consulate Jerusalem", "JERUSALEM", "RUEHJM", "IS", kConsulate},
    {"USUN New York", "USUN NEW YORK", "RUCNDT", "US", kMission},
    {"Mission USNATO", "USNATO", "RUEHNO", "US", kMission},
    {"Mission Geneva", "GENEVA", "RUEHGV", "SZ", kMission},
    {"UNVIE", "UNVIE VIENNA", "RUEHUNV", "US", kMission},
    {"USEU Brussels", "USEU BRUSSELS", "RUEHBS", "US", kMission},
};

constexpr std::string_view kSubjectTags[] = {
    "PREL", "PGOV", "ECON", "ETRD", "PTER", "PHUM", "MARR", "PINR", "PINS", "EFIN",
    "ENRG", "EAID", "SOCI", "MOPS", "ASEC", "CASC", "CVIS", "OVIP", "OEXC", "ELAB",
    "EAGR", "SENV", "TBIO", "PARM", "MNUC", "SNAR", "EINV", "EPET", "OTRA", "SMIG",
    "PREF", "SCUL", "TSPL", "MASS", "AMGT", "APER", "ABUD", "EIND", "ECPS", "PBTS"};
constexpr std::string_view kProgramTags[] = {"KNNP", "KDEM", "KPAO", "KCRM", "KJUS", "KWMN",
                                             "KISL", "KTFN", "KIRF", "KTIP", "KHIV", "KFLU",
                                             "KPKO", "KGHG", "KSUM", "KMDR", "KCOR", "KIPR"};
constexpr std::string_view kOrganizationTags[] = {"UNSC", "IAEA", "NATO", "EUN",  "UNGA",
                                                  "OSCE", "WTO",  "ASEAN", "AU",  "OAS",
                                                  "UNHRC", "OPEC", "APEC", "G8",  "IMF"};
constexpr std::string_view kGeographicTags[] = {
    "IR", "IS", "PK", "AF", "IZ", "RS", "CH", "KS", "KN", "JA", "IN", "TU", "FR", "GM",
    "UK", "IT", "SP", "BR", "MX", "CO", "VE", "EG", "SA", "SY", "LE", "JO", "XF", "ZP",
    "XD", "XA", "XM", "XL", "KZ", "UZ", "TX", "AJ", "GG", "UP", "PL", "SU", "SO", "ET"};
constexpr std::string_view kCollectives[] = {
    "RUCNIRA/IRAN COLLECTIVE",
    "RUEHGG/UN SECURITY COUNCIL COLLECTIVE",
    "RUCNCIS/CIS COLLECTIVE",
    "RUEHZL/EUROPEAN POLITICAL COLLECTIVE",
    "RUCNMEM/EU MEMBER STATES COLLECTIVE",
    "RUEHXK/ARAB ISRAELI COLLECTIVE",
    "RUCNCLS/SOUTH AND CENTRAL ASIA COLLECTIVE",
    "RUEHZO/AFRICAN UNION COLLECTIVE",
    "RUEHWH/WESTERN HEMISPHERIC AFFAIRS DIPL POSTS",
    "RUEHZN/ENVIRONMENT SCIENCE AND TECHNOLOGY COLLECTIVE",
    "RUCNASE/ASEAN MEMBER COLLECTIVE",
    "RUEHZM/GULF COOPERATION COUNCIL COLLECTIVE"};
constexpr std::string_view kAgencies[] = {
    "RHEHNSC/NSC WASHDC",       "RUEKJCS/SECDEF WASHDC",       "RUEKJCS/JOINT STAFF WASHDC",
    "RUEAIIA/CIA WASHDC",       "RHEFDIA/DIA WASHDC",          "RHMFISS/CDR USCENTCOM MACDILL AFB FL",
    "RUEATRS/DEPT OF TREASURY WASHINGTON DC", "RUCPDOC/USDOC WASHDC",
    "RHEBAAA/DEPT OF ENERGY WASHINGTON DC",   "RUEAWJA/DEPT OF JUSTICE WASHDC",
    "RUEHNO/USMISSION USNATO",  "RUCNDT/USMISSION USUN NEW YORK"};
constexpr std::string_view kCaptions[] = {"SIPDIS", "NOFORN", "EXDIS", "NODIS",
                                          "LIMDIS", "STADIS", "SENSITIVE", "CODEL"};
constexpr std::string_view kTitles[] = {
    "Ambassador",          "Charge d'Affaires a.i.", "DCM",
    "Political Counselor", "Acting Political Counselor", "Economic Counselor",
    "PolOff",              "Consul General",        "Deputy Chief of Mission",
    "A/DCM",               "Pol/Econ Chief",        "Principal Officer"};
constexpr std::string_view kOffices[] = {
    "STATE FOR P, SCA/CEN, EUR/RUS, NEA/IR", "STATE FOR EAP/CM",
    "DEPT FOR WHA/AND, WHA/USOAS",           "STATE FOR AF/E AND INR/AA",
    "NSC FOR SENIOR DIRECTOR",               "TREASURY FOR OASIA",
    "DEPARTMENT FOR EUR/CE",                 "STATE PASS USTR"};
constexpr std::string_view kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                        "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

}  // namespace

std::span<const Post> Posts() { return kPosts; }
const Post& SecretaryOfState() { return kPosts[0]; }

std::string_view AddresseePrefix(PostKind kind) {
  switch (kind) {
    case kEmbassy: return "AMEMBASSY ";
    case kConsulate: return "AMCONSUL ";
    case kMission: return "USMISSION ";
    case kState: return "SECSTATE ";
  }
  return "";
}

std::span<const std::string_view> SubjectTags() { return kSubjectTags; }
std::span<const std::string_view> ProgramTags() { return kProgramTags; }
std::span<const std::string_view> OrganizationTags() { return kOrganizationTags; }
std::span<const std::string_view> GeographicTags() { return kGeographicTags; }
std::span<const std::string_view> Collectives() { return kCollectives; }
std::span<const std::string_view> Agencies() { return kAgencies; }
std::span<const std::string_view> Captions() { return kCaptions; }
std::span<const std::string_view> ClassifierTitles() { return kTitles; }
std::span<const std::string_view> Offices() { return kOffices; }
std::span<const std::string_view> Months() { return kMonths; }

}  // namespace cablescope::gen
