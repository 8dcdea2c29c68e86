/** Words the seed combines into plausible rows (names, employers, roles, time zones). */
export const FIRST_NAMES = [
  'Ada', 'Ben', 'Chloe', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kemi', 'Liam', 'Maya', 'Nikhil', 'Olga', 'Pablo',
  'Quinn', 'Rosa', 'Sami', 'Tara', 'Ugo', 'Vera', 'Wei', 'Ximena', 'Yusuf', 'Zoe',
];

export const LAST_NAMES = [
  'Adams', 'Bauer', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Hughes', 'Ito', 'Jensen', 'Kowalski', 'Lopez', 'Moreau', 'Nakamura',
  'Okafor', 'Petrov', 'Quint', 'Rossi', 'Schmidt', 'Tanaka', 'Usman', 'Varga', 'Weber', 'Xu', 'Yilmaz', 'Zhang',
];

export const COMPANIES = ['Globex', 'Initech', 'Umbrella Health', 'Stark Logistics', 'Wayne Analytics', 'Acme Robotics', 'Hooli', 'Vandelay Imports', 'Soylent Foods', 'Tyrell Systems'];

export const ROLES = ['Data Analyst', 'Product Manager', 'Backend Engineer', 'UX Researcher', 'Account Executive', 'Financial Analyst', 'Operations Lead', 'Marketing Manager'];

export const TIME_ZONES = ['Europe/Berlin', 'Europe/London', 'America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Asia/Singapore'];

export const COACHES_PER_ORGANIZATION = 4;
