from sqlalchemy import BigInteger, PrimaryKeyConstraint, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class JobLog(Base):
    __tablename__ = 'job_log'
    __table_args__ = (
        PrimaryKeyConstraint('source', 'step', name='job_log_pkey1'),
    )

    source: Mapped[str] = mapped_column(Text, primary_key=True)
    step: Mapped[int] = mapped_column(BigInteger, primary_key=True)
