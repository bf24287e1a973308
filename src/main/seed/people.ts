// Invented people for synthetic data: first and last names drawn from common
// Swedish and other names in Sweden (combined at random, so no real person is
// meant), districts, streets, and phone numbers from the series Post- och
// telestyrelsen keeps for use in fiction (070-174 06 05 – 070-174 06 99).
import type { SeedRandom } from './seed-random';

export const girlNames = [
  'Alva',
  'Ella',
  'Maja',
  'Wilma',
  'Saga',
  'Selma',
  'Alice',
  'Olivia',
  'Ebba',
  'Astrid',
  'Nora',
  'Amira',
  'Leila',
  'Sara',
  'Noor',
  'Hana',
  'Elsa',
  'Freja',
  'Vera',
  'Lea',
  'Iman',
  'Zainab',
  'Tove',
  'Klara',
];
export const boyNames = [
  'Noah',
  'William',
  'Hugo',
  'Liam',
  'Lucas',
  'Elias',
  'Oscar',
  'Adam',
  'Omar',
  'Ali',
  'Yusuf',
  'Ibrahim',
  'Nils',
  'Viggo',
  'Theo',
  'Leo',
  'Elton',
  'Melvin',
  'Milo',
  'Arvid',
  'Sami',
  'Karim',
  'Love',
  'Ludvig',
];
export const neutralNames = ['Kim', 'Alex', 'Robin', 'Charlie', 'Sam', 'Love', 'Eli', 'Billie'];
export const lastNames = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jonsson',
  'Lindberg',
  'Lindqvist',
  'Berg',
  'Holm',
  'Nyström',
  'Åkesson',
  'Hassan',
  'Mohammed',
  'Ali',
  'Ahmadi',
  'Yilmaz',
  'Nguyen',
  'Kowalski',
  'Haddad',
  'Öberg',
  'Sundqvist',
  'Falk',
  'Ekström',
];
export const adultFirstNames = [
  'Anna',
  'Erik',
  'Maria',
  'Johan',
  'Sara',
  'Ali',
  'Fatima',
  'Lars',
  'Elin',
  'Omar',
  'Karin',
  'Nils',
  'Amina',
  'Peter',
  'Linda',
  'Mehmet',
  'Helena',
  'Jonas',
];
export const districts = [
  'Centrum',
  'Norr',
  'Söder',
  'Öster',
  'Väster',
  'Hamnen',
  'Sjöstaden',
  'Bergsdalen',
  'Ekbacken',
  'Lindhagen',
  'Ängby',
  'Granlunda',
  'Skogsås',
  'Strandvik',
  'Kvarnholmen',
  'Solberga',
  'Björkhagen',
  'Tallbacka',
  'Råby',
  'Vikdalen',
  'Högberga',
  'Norrmalm',
  'Södervik',
  'Östertull',
  'Västerby',
  'Ådalen',
  'Kyrkbyn',
  'Hagaby',
  'Mossen',
  'Backa',
];
export const otherMunicipalities = [
  'Grannby kommun',
  'Sjövik kommun',
  'Bergslunda kommun',
  'Åsdala kommun',
  'Norrkusten kommun',
];
export const homeMunicipality = 'Exempelstaden';
const streets = [
  'Storgatan',
  'Kyrkvägen',
  'Skolgatan',
  'Parkvägen',
  'Hamngatan',
  'Björkallén',
  'Torggatan',
  'Ängsvägen',
  'Lärkstigen',
  'Granvägen',
];
const cities = ['Exempelstaden', 'Grannby', 'Sjövik', 'Bergslunda'];

export const fictionPhone = (random: SeedRandom) =>
  `070-174 06 ${String(5 + random.int(95)).padStart(2, '0')}`;

export function address(random: SeedRandom) {
  return {
    street: `${random.pick(streets)} ${1 + random.int(120)}`,
    postalCode: `${100 + random.int(800)} ${String(10 + random.int(89))}`,
    city: random.pick(cities),
  };
}

export const email = (name: string) =>
  `${name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, '.')}@exempel.example`;
