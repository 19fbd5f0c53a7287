/// <reference types="vite/client" />
declare module '*.touchline?raw' {
  const text: string;
  export default text;
}
