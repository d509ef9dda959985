// Vite's module types for the page (asset `?url` imports, CSS).
/// <reference types="vite/client" />
