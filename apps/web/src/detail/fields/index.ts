export { CheckboxGroup, type CheckboxOption, type CheckboxSection } from './CheckboxGroup';
export { ChoiceField, type Choice, type ChoiceGroup } from './ChoiceField';
export { choiceToId, idToChoice, optionalPersonChoices, peopleChoices } from './choices';
export { DateField } from './DateField';
export { TextField } from './TextField';
