import type { Culture } from "./names";

// Offices of the demo company. The first culture is the local one; the rest
// are the colleagues an office of that city would typically have.
export interface City {
  name: string;
  cultures: readonly Culture[];
}

export const CITIES = {
  newYork: { name: "New York, United States", cultures: ["english", "spanish", "chinese", "indian", "nigerian"] },
  austin: { name: "Austin, United States", cultures: ["english", "spanish", "indian"] },
  sanFrancisco: { name: "San Francisco, United States", cultures: ["english", "chinese", "indian", "spanish"] },
  chicago: { name: "Chicago, United States", cultures: ["english", "polish", "spanish"] },
  boston: { name: "Boston, United States", cultures: ["english", "chinese", "indian"] },
  toronto: { name: "Toronto, Canada", cultures: ["english", "chinese", "indian", "french"] },
  london: { name: "London, United Kingdom", cultures: ["english", "indian", "nigerian", "polish", "arabic"] },
  cambridge: { name: "Cambridge, United Kingdom", cultures: ["english", "chinese", "indian", "german"] },
  dublin: { name: "Dublin, Ireland", cultures: ["english", "polish", "brazilian", "spanish"] },
  mexicoCity: { name: "Mexico City, Mexico", cultures: ["spanish"] },
  monterrey: { name: "Monterrey, Mexico", cultures: ["spanish", "english"] },
  madrid: { name: "Madrid, Spain", cultures: ["spanish", "french"] },
  buenosAires: { name: "Buenos Aires, Argentina", cultures: ["spanish"] },
  saoPaulo: { name: "São Paulo, Brazil", cultures: ["brazilian", "japanese"] },
  curitiba: { name: "Curitiba, Brazil", cultures: ["brazilian", "polish"] },
  bengaluru: { name: "Bengaluru, India", cultures: ["indian"] },
  pune: { name: "Pune, India", cultures: ["indian"] },
  shanghai: { name: "Shanghai, China", cultures: ["chinese"] },
  shenzhen: { name: "Shenzhen, China", cultures: ["chinese"] },
  singapore: { name: "Singapore", cultures: ["chinese", "indian", "english"] },
  lagos: { name: "Lagos, Nigeria", cultures: ["nigerian"] },
  berlin: { name: "Berlin, Germany", cultures: ["german", "polish", "arabic", "english"] },
  munich: { name: "Munich, Germany", cultures: ["german"] },
  stuttgart: { name: "Stuttgart, Germany", cultures: ["german", "polish"] },
  zurich: { name: "Zurich, Switzerland", cultures: ["german", "french"] },
  tokyo: { name: "Tokyo, Japan", cultures: ["japanese"] },
  osaka: { name: "Osaka, Japan", cultures: ["japanese"] },
  dubai: { name: "Dubai, United Arab Emirates", cultures: ["arabic", "indian", "english"] },
  cairo: { name: "Cairo, Egypt", cultures: ["arabic"] },
  warsaw: { name: "Warsaw, Poland", cultures: ["polish"] },
  krakow: { name: "Kraków, Poland", cultures: ["polish"] },
  wroclaw: { name: "Wrocław, Poland", cultures: ["polish", "german"] },
  paris: { name: "Paris, France", cultures: ["french", "arabic"] },
  lyon: { name: "Lyon, France", cultures: ["french"] },
} satisfies Record<string, City>;

export type CityKey = keyof typeof CITIES;

export const ALL_CITIES: readonly City[] = Object.values(CITIES);
