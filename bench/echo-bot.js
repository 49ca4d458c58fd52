// The reference: the official JS SDK's echo bot (botbuilder 4.23.3, CloudAdapter), no app id, so it accepts
// token-less requests and replies without a token, as BplBot does in anonymous mode.
const express = require('express');
const { CloudAdapter, ConfigurationBotFrameworkAuthentication, ActivityHandler } = require('botbuilder');

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await context.sendActivity(`echo: ${context.activity.text}`);
  await next();
});

const app = express();
app.use(express.json());
app.post('/api/messages', (req, res) => adapter.process(req, res, (context) => bot.run(context)));
const port = Number(process.env.PORT || 3979);
app.listen(port, '127.0.0.1', () => console.log(`echo bot listening on ${port}`));
