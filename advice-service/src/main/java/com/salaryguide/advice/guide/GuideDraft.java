package com.salaryguide.advice.guide;

import java.util.List;

import com.salaryguide.advice.guide.GuideContent.Benefit;
import com.salaryguide.advice.guide.GuideContent.CareerRole;
import com.salaryguide.advice.guide.GuideContent.Classification;
import com.salaryguide.advice.guide.GuideContent.ExperienceLevel;
import com.salaryguide.advice.guide.GuideContent.Faq;
import com.salaryguide.advice.guide.GuideContent.KeyTakeaway;
import com.salaryguide.advice.guide.GuideContent.NegotiationStep;
import com.salaryguide.advice.guide.GuideContent.SalaryGrowth;
import com.salaryguide.advice.guide.GuideContent.Source;
import com.salaryguide.advice.guide.GuideContent.Specialization;

/**
 * The body of a guide write: the same shape a read returns. {@code slug} is required when creating and, if given
 * when replacing, must match the path. {@code version} is required when replacing (the version the client read).
 */
public record GuideDraft(String slug, String title, Integer year, Long version, String intro, List<Classification> classifications,
                         List<KeyTakeaway> keyTakeaways, List<ExperienceLevel> experienceLevels,
                         List<Specialization> specializations, List<Benefit> benefits,
                         List<NegotiationStep> negotiationSteps, List<CareerRole> careerProgression,
                         List<SalaryGrowth> salaryGrowth, List<Faq> faq, List<Source> sources) {

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
