// Places of the demo region: real municipalities of Královéhradecký kraj, their ORP territories and
// which territories border or share a district. Municipality codes (ČSÚ), postcodes and most streets
// come from the region's open data of fire, police and ambulance stations (2022), the same source as
// catalogues/territories.csv; records with an evident error there (a postcode or ORP that does not
// match the town) were left out.
#include <map>
#include <stdexcept>

#include "demo/demo_data.hpp"

namespace kvalis::demo::data {

const std::vector<Town>& towns() {
  static const std::vector<Town> kTowns = {
      {"hk",
       "Hradec Králové",
       "569810",
       "5205",
       2400,
       {{"Gočárova třída", "50002"},
        {"Pospíšilova třída", "50003"},
        {"nábřeží U Přívozu", "50003"},
        {"Mrštíkova", "50009"},
        {"Úprkova", "50009"},
        {"Pražská", "50004"},
        {"Sokolská", "50012"},
        {"Hradecká", "50012"}}},
      {"nechanice", "Nechanice", "570451", "5205", 450, {{"Školská", "50315"}}},
      {"trebechovice", "Třebechovice pod Orebem", "571041", "5205", 1100, {{"Žižkova", "50346"}}},
      {"novy-bydzov",
       "Nový Bydžov",
       "570508",
       "5212",
       1600,
       {{"Bratří Mádlů", "50401"}, {"A. Jiráska", "50401"}, {"Malátova", "50401"}}},
      {"horice",
       "Hořice",
       "572926",
       "5204",
       1900,
       {{"Otakarova", "50801"}, {"náměstí Jiřího z Poděbrad", "50801"}, {"Riegrova", "50801"}}},
      {"jicin",
       "Jičín",
       "572659",
       "5207",
       2200,
       {{"Dělnická", "50601"}, {"Balbínova", "50601"}, {"Bolzanova", "50601"}}},
      {"kopidlno", "Kopidlno", "573060", "5207", 420, {{"Tomáše Svobody", "50732"}}},
      {"sobotka", "Sobotka", "573493", "5207", 520, {{"Boleslavská", "50743"}}},
      {"nova-paka",
       "Nová Paka",
       "573248",
       "5210",
       1900,
       {{"Ruská", "50901"}, {"U Stadionu", "50901"}, {"Jiráskova", "50901"}}},
      {"broumov",
       "Broumov",
       "573922",
       "5201",
       900,
       {{"Soukenická", "55001"}, {"T. G. Masaryka", "55001"}, {"Smetanova", "55001"}}},
      {"nachod", "Náchod", "573868", "5209", 2400, {{"B. Němcové", "54701"}, {"Husovo náměstí", "54701"}}},
      {"hronov", "Hronov", "574082", "5209", 900, {{"Jiráskova", "54931"}}},
      {"cerveny-kostelec", "Červený Kostelec", "573965", "5209", 1400, {{"17. listopadu", "54941"}}},
      {"ceska-skalice", "Česká Skalice", "573990", "5209", 900, {{"Pivovarská", "55203"}}},
      {"velke-porici", "Velké Poříčí", "547646", "5209", 600, {{"Náchodská", "54932"}}},
      {"jaromer",
       "Jaroměř",
       "574121",
       "5206",
       1400,
       {{"Na Valech", "55101"}, {"Národní", "55101"}, {"Patrného", "55101"}}},
      {"nmnm", "Nové Město nad Metují", "574279", "5211", 1400, {{"Komenského", "54901"}}},
      {"dobruska", "Dobruška", "576271", "5202", 1300, {{"Solnická", "51801"}, {"Šubertovo náměstí", "51801"}}},
      {"opocno", "Opočno", "576590", "5202", 700, {{"Tyršova", "51773"}, {"Nádražní", "51773"}}},
      {"rychnov",
       "Rychnov nad Kněžnou",
       "576069",
       "5213",
       1900,
       {{"Na Spravedlnosti", "51601"}, {"Zborovská", "51601"}, {"Jiráskova", "51601"}}},
      {"rokytnice", "Rokytnice v Orlických horách", "576701", "5213", 420, {{"náměstí T. G. Masaryka", "51761"}}},
      {"kostelec", "Kostelec nad Orlicí", "576361", "5208", 1400, {{"Rudé armády", "51741"}}},
      {"tyniste", "Týniště nad Orlicí", "576859", "5208", 900, {{"Mírové náměstí", "51721"}}},
      {"trutnov",
       "Trutnov",
       "579025",
       "5214",
       2400,
       {{"Náchodská", "54103"}, {"Česká", "54101"}, {"Roty Nazdar", "54111"}}},
      {"upice", "Úpice", "579777", "5214", 1100, {{"Regnerova", "54232"}}},
      {"zacler", "Žacléř", "579874", "5214", 450, {{"Komenského", "54201"}}},
      {"svoboda", "Svoboda nad Úpou", "579734", "5214", 420, {{"Lázeňská", "54224"}}},
      {"dvur",
       "Dvůr Králové nad Labem",
       "579203",
       "5203",
       2900,
       {{"Zátopkova", "54401"}, {"Legionářská", "54401"}, {"Rooseveltova", "54401"}}},
      {"vrchlabi", "Vrchlabí", "579858", "5215", 1500, {{"Valteřická", "54301"}, {"Zámecká", "54301"}}},
      {"hostinne", "Hostinné", "579297", "5215", 700, {{"Horská", "54371"}}},
  };
  return kTowns;
}

const Town& town(std::string_view key) {
  for (const auto& t : towns())
    if (key == t.key) return t;
  throw std::out_of_range("demo: unknown town " + std::string(key));
}

namespace {

using TerritoryMap = std::map<std::string, std::vector<std::string>>;

// 5201 Broumov … 5215 Vrchlabí (catalogues/territories.csv).
const TerritoryMap& neighbours() {
  static const TerritoryMap kNeighbours = {
      {"5201", {"5209", "5211"}},
      {"5202", {"5211", "5213", "5208", "5205"}},
      {"5203", {"5214", "5206", "5204", "5215"}},
      {"5204", {"5207", "5210", "5203", "5205", "5212"}},
      {"5205", {"5212", "5206", "5208", "5202", "5204"}},
      {"5206", {"5209", "5203", "5205", "5211"}},
      {"5207", {"5204", "5210"}},
      {"5208", {"5205", "5213", "5202"}},
      {"5209", {"5201", "5206", "5211", "5214"}},
      {"5210", {"5207", "5215", "5204"}},
      {"5211", {"5209", "5202", "5206", "5201"}},
      {"5212", {"5205", "5204"}},
      {"5213", {"5202", "5208"}},
      {"5214", {"5215", "5203", "5209"}},
      {"5215", {"5214", "5210", "5203"}},
  };
  return kNeighbours;
}

// Districts (okresy): Hradec Králové, Jičín, Náchod, Rychnov nad Kněžnou, Trutnov.
const std::vector<std::vector<std::string>>& districts() {
  static const std::vector<std::vector<std::string>> kDistricts = {
      {"5205", "5212"},         {"5207", "5204", "5210"}, {"5209", "5201", "5206", "5211"},
      {"5213", "5202", "5208"}, {"5214", "5203", "5215"},
  };
  return kDistricts;
}

}  // namespace

const std::vector<std::string>& neighbour_territories(const std::string& territory_code) {
  return neighbours().at(territory_code);
}

const std::vector<std::string>& district_territories(const std::string& territory_code) {
  for (const auto& d : districts())
    for (const auto& t : d)
      if (t == territory_code) return d;
  throw std::out_of_range("demo: unknown territory " + territory_code);
}

const std::vector<std::string>& all_territories() {
  static const std::vector<std::string> kAll = {"5201", "5202", "5203", "5204", "5205", "5206", "5207", "5208",
                                                "5209", "5210", "5211", "5212", "5213", "5214", "5215"};
  return kAll;
}

}  // namespace kvalis::demo::data
