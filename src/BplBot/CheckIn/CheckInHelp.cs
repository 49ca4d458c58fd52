using BplBot.Domain.Text;

namespace BplBot.CheckIn;

/// <summary>"hjälp" inside a check-in: what this step wants, and the words that work everywhere. The question follows.</summary>
public static class CheckInHelp
{
    public static string For(CheckInStep step, Language l) => Step(step, l) + "\n\n" + l.Pick(
        "Du kan när som helst skriva **avbryt** (inget sparas), **formulär** (fyll i allt på ett kort) eller **hjälp**. Du fortsätter där du var:",
        "At any time you can write **cancel** (nothing is saved), **form** (fill in everything on a card) or **help**. You continue where you were:");

    private static string Step(CheckInStep step, Language l) => step switch
    {
        CheckInStep.Team => l.Pick("Välj vilket av dina team rapporten gäller genom att skriva dess nummer.",
            "Choose which of your teams the report is for by writing its number."),
        CheckInStep.Rating => l.Pick(
            "Skattningen visar hur långt teamets förbättringsarbete har kommit, från 0,5 (avsikt att delta) till 5,0 (enastående hållbara resultat). Skriv t.ex. **3**, **3,5** eller **3 och en halv**.",
            "The rating shows how far the team's improvement work has come, from 0.5 (intent to participate) to 5.0 (outstanding sustainable results). Write e.g. **3**, **3.5** or **3 and a half**."),
        CheckInStep.Reason => l.Pick("En mening om varför ni valde den skattningen, så att coacher och samordnare förstår den.",
            "One sentence on why you chose that rating, so coaches and coordinators understand it."),
        CheckInStep.Measure or CheckInStep.ConfirmMeasure => l.Pick(
            "Skriv det senaste värdet för måttet, t.ex. **92,5** eller **14**. Ett mått i procent kan också skrivas som täljare/nämnare (**45/50**). Skriv **hoppa över** om ni inte har mätt. Rapportera antal och andelar – aldrig uppgifter om enskilda barn.",
            "Write the latest value for the measure, e.g. **92.5** or **14**. A percentage can also be written as numerator/denominator (**45/50**). Write **skip** if you have not measured. Report counts and shares – never details about individual children."),
        CheckInStep.NewMeasureName or CheckInStep.NewMeasureUnit or CheckInStep.NewMeasureKind or CheckInStep.NewMeasureDirection
            or CheckInStep.NewMeasureGoal => l.Pick(
                "Du lägger till ett nytt mått för teamet: namn, enhet, sort (process, resultat eller balanserande), om högre eller lägre är bättre, och ett mål om ni har ett.",
                "You are adding a new measure for the team: name, unit, kind (process, outcome or balancing), whether higher or lower is better, and a goal if you have one."),
        CheckInStep.Tested or CheckInStep.Learned or CheckInStep.NextStep => l.Pick(
            "PGSA betyder Planera–Göra–Studera–Agera. Berätta kort vad ni testade, vad ni lärde er och vad ni gör härnäst. Varje fråga kan hoppas över.",
            "PDSA means Plan–Do–Study–Act. Say briefly what you tested, what you learned and what you will do next. Each question can be skipped."),
        CheckInStep.Support or CheckInStep.SupportTopic => l.Pick(
            "Om ni vill ha stöd får teamets coach ett meddelande med er fråga direkt när du sparar.",
            "If you want help, the team's coach gets a message with your question as soon as you save."),
        _ => l.Pick("Skriv **spara** för att spara rapporten, eller **ändra** för att ändra något.",
            "Write **save** to save the report, or **edit** to change something."),
    };
}
