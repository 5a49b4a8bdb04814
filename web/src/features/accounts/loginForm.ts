// The sign-in form's fields and their checks (the rules antd's Form had: both required, a login of spaces only
// counts as missing, a password is taken as typed).

export interface LoginValues {
  login: string;
  password: string;
}

export type LoginField = keyof LoginValues;

/** Which fields are missing. */
export function missingFields(v: LoginValues): Record<LoginField, boolean> {
  return { login: v.login.trim() === '', password: v.password === '' };
}
