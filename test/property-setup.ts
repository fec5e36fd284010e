// vitest setup file: every property test runs with the settings of test/property.ts.
import { configureProperties } from './property';

configureProperties();
